namespace ChainTrace.Graph.Tags;

/// <summary>Base58check checks of 25-byte address payloads (version byte, 20-byte hash, 4-byte checksum).</summary>
internal static class Base58Check
{
    private static readonly System.Buffers.SearchValues<char> Alphabet =
        System.Buffers.SearchValues.Create("123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz");

    /// <summary>
    /// The version byte of a base58check string that decodes to exactly 25 bytes with a correct checksum; -1 when the
    /// string is not one (bad character, wrong length, bad checksum).
    /// </summary>
    public static int Version(string s)
    {
        Span<byte> payload = stackalloc byte[21];
        return s.Length is >= 25 and <= 35 && ChainTrace.Bitcoin.Base58.TryDecodeCheck(s, payload, out var written) && written == 21
            ? payload[0]
            : -1;
    }

    /// <summary>Index of the first character outside the base58 alphabet, or -1.</summary>
    public static int FirstInvalidChar(string s) => s.AsSpan().IndexOfAnyExcept(Alphabet);
}
