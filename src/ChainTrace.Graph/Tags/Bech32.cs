using ChainTrace.Bitcoin;

namespace ChainTrace.Graph.Tags;

/// <summary>
/// Checks segwit addresses (bech32 for witness version 0, bech32m for 1–16; BIP-173, BIP-350) with the Bitcoin
/// decoders, and says in a phrase why one is not valid.
/// </summary>
internal static class Bech32
{
    private static readonly System.Buffers.SearchValues<char> Charset = System.Buffers.SearchValues.Create("qpzry9x8gf2tvdw0s3jn54khce6mua7l");

    /// <summary>True when <paramref name="s"/> is a valid segwit address with human-readable part <paramref name="hrp"/>.</summary>
    /// <param name="s">The address (all lower or all upper case).</param>
    /// <param name="hrp">The expected human-readable part in lower case, e.g. "bc".</param>
    /// <param name="problem">Why it is not valid, as a phrase.</param>
    public static bool IsValid(string s, string hrp, out string problem)
    {
        problem = string.Empty;
        Span<byte> program = stackalloc byte[40];
        if (SegwitAddress.TryDecode(s, hrp, out _, program, out _))
        {
            return true;
        }

        var data = s.AsSpan(Math.Min(s.Length, hrp.Length + 1));
        var bad = data.ToString().ToLowerInvariant().AsSpan().IndexOfAnyExcept(Charset);
        Span<byte> values = stackalloc byte[ChainTrace.Bitcoin.Bech32.MaxLength];
        problem = (s.AsSpan().ContainsAnyInRange('a', 'z') && s.AsSpan().ContainsAnyInRange('A', 'Z')) ? "mixed case"
            : s.Length > 90 || data.Length < 7 ? "wrong length"
            : bad >= 0 ? $"'{data[bad]}' is not a bech32 character"
            : !ChainTrace.Bitcoin.Bech32.TryDecode(s, out _, values, out var count, out var variant)
              || (count > 0 && (values[0] == 0) != (variant == Bech32Variant.Bech32)) ? "bad checksum"
            : "bad witness program";
        return false;
    }
}
