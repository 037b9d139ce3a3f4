namespace ChainTrace.Bitcoin;

/// <summary>
/// Validates Bitcoin addresses strictly for one network and turns them back into the scriptPubKey they pay.
/// </summary>
public static class BitcoinAddress
{
    /// <summary>The longest scriptPubKey an address decodes to (42 bytes: witness v16 with a 40-byte program).</summary>
    public const int MaxScriptLength = 42;

    /// <summary>
    /// Decodes a P2PKH or P2SH (Base58Check) or segwit (bech32/bech32m) address of <paramref name="network"/> into its
    /// scriptPubKey.
    /// </summary>
    /// <param name="address">The address text, without surrounding whitespace.</param>
    /// <param name="network">The network whose version bytes and human-readable part the address must use.</param>
    /// <param name="scriptPubKey">Receives the script; 42 bytes always suffice.</param>
    /// <param name="written">The script length.</param>
    /// <returns>False (never throws) for an invalid address, one of another network, or a destination too small.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="network"/> is null.</exception>
    public static bool TryGetScriptPubKey(ReadOnlySpan<char> address, BitcoinNetwork network, Span<byte> scriptPubKey, out int written)
    {
        ArgumentNullException.ThrowIfNull(network);
        written = 0;
        var hrp = network.Bech32Hrp;
        if (address.Length > hrp.Length && address[hrp.Length] == '1' && address[..hrp.Length].Equals(hrp, StringComparison.OrdinalIgnoreCase))
        {
            Span<byte> program = stackalloc byte[SegwitAddress.MaxProgramLength];
            if (!SegwitAddress.TryDecode(address, hrp, out var version, program, out var length) || scriptPubKey.Length < length + 2)
            {
                return false;
            }

            scriptPubKey[0] = (byte)(version == 0 ? 0x00 : 0x50 + version);
            scriptPubKey[1] = (byte)length;
            program[..length].CopyTo(scriptPubKey[2..]);
            written = length + 2;
            return true;
        }

        Span<byte> payload = stackalloc byte[21];
        if (address.Length > 40 || !Base58.TryDecodeCheck(address, payload, out var payloadLength) || payloadLength != 21)
        {
            return false;
        }

        if (payload[0] == network.PubKeyHashVersion && scriptPubKey.Length >= 25)
        {
            scriptPubKey[0] = 0x76;
            scriptPubKey[1] = 0xa9;
            scriptPubKey[2] = 20;
            payload[1..].CopyTo(scriptPubKey[3..]);
            scriptPubKey[23] = 0x88;
            scriptPubKey[24] = 0xac;
            written = 25;
            return true;
        }

        if (payload[0] == network.ScriptHashVersion && scriptPubKey.Length >= 23)
        {
            scriptPubKey[0] = 0xa9;
            scriptPubKey[1] = 20;
            payload[1..].CopyTo(scriptPubKey[2..]);
            scriptPubKey[22] = 0x87;
            written = 23;
            return true;
        }

        return false;
    }

    /// <summary>True when <paramref name="address"/> is a valid address of <paramref name="network"/> (see <see cref="TryGetScriptPubKey"/>).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="network"/> is null.</exception>
    public static bool IsValid(ReadOnlySpan<char> address, BitcoinNetwork network)
    {
        Span<byte> script = stackalloc byte[MaxScriptLength];
        return TryGetScriptPubKey(address, network, script, out _);
    }
}
