namespace ChainTrace.Graph.Tags;

/// <summary>Checks segwit addresses: bech32 for witness version 0, bech32m for 1–16 (BIP-173, BIP-350).</summary>
internal static class Bech32
{
    private const string Charset = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";
    private const uint Bech32Constant = 1;
    private const uint Bech32MConstant = 0x2bc830a3;
    private static readonly sbyte[] Values = CreateValues();

    /// <summary>True when <paramref name="s"/> is a valid segwit address with human-readable part <paramref name="hrp"/>.</summary>
    /// <param name="s">The address (all lower or all upper case).</param>
    /// <param name="hrp">The expected human-readable part in lower case, e.g. "bc".</param>
    /// <param name="problem">Why it is not valid, as a phrase.</param>
    public static bool IsValid(string s, string hrp, out string problem)
    {
        problem = string.Empty;
        if (s.AsSpan().ContainsAnyInRange('a', 'z') && s.AsSpan().ContainsAnyInRange('A', 'Z'))
        {
            problem = "mixed case";
            return false;
        }

        var dataLength = s.Length - hrp.Length - 1;
        if (s.Length > 90 || dataLength < 7)
        {
            problem = "wrong length";
            return false;
        }

        Span<byte> values = stackalloc byte[dataLength];
        for (var i = 0; i < dataLength; i++)
        {
            var c = s[hrp.Length + 1 + i];
            var index = c < 128 ? Values[c] : -1;
            if (index < 0)
            {
                problem = $"'{s[hrp.Length + 1 + i]}' is not a bech32 character";
                return false;
            }

            values[i] = (byte)index;
        }

        var check = Checksum(hrp, values);
        var version = values[0];
        if (check != (version == 0 ? Bech32Constant : Bech32MConstant))
        {
            problem = "bad checksum";
            return false;
        }

        var bits = (dataLength - 7) * 5;
        var programLength = bits / 8;
        if (version > 16 || bits % 8 > 4 || programLength is < 2 or > 40 || (version == 0 && programLength is not (20 or 32))
            || (values[dataLength - 7] & ((1 << (bits % 8)) - 1)) != 0)
        {
            problem = "bad witness program";
            return false;
        }

        return true;
    }

    private static sbyte[] CreateValues()
    {
        var values = new sbyte[128];
        Array.Fill(values, (sbyte)-1);
        for (var i = 0; i < Charset.Length; i++)
        {
            values[Charset[i]] = (sbyte)i;
            values[char.ToUpperInvariant(Charset[i])] = (sbyte)i;
        }

        return values;
    }

    private static uint Checksum(string hrp, ReadOnlySpan<byte> values)
    {
        uint chk = 1;
        foreach (var c in hrp)
        {
            chk = Step(chk, (byte)(c >> 5));
        }

        chk = Step(chk, 0);
        foreach (var c in hrp)
        {
            chk = Step(chk, (byte)(c & 31));
        }

        foreach (var v in values)
        {
            chk = Step(chk, v);
        }

        return chk;
    }

    private static uint Step(uint chk, byte value)
    {
        var top = chk >> 25;
        chk = ((chk & 0x1ffffff) << 5) ^ value;
        if ((top & 1) != 0)
        {
            chk ^= 0x3b6a57b2;
        }

        if ((top & 2) != 0)
        {
            chk ^= 0x26508e6d;
        }

        if ((top & 4) != 0)
        {
            chk ^= 0x1ea119fa;
        }

        if ((top & 8) != 0)
        {
            chk ^= 0x3d4233dd;
        }

        if ((top & 16) != 0)
        {
            chk ^= 0x2a1462b3;
        }

        return chk;
    }
}
