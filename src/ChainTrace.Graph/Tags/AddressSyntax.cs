using System.Buffers;

namespace ChainTrace.Graph.Tags;

/// <summary>The outcome of <see cref="AddressSyntax.Normalize"/>.</summary>
internal enum AddressCheck
{
    /// <summary>The address is valid for its network (or the network has no check) and was normalised.</summary>
    Valid,

    /// <summary>Valid after trimming white space around it.</summary>
    Trimmed,

    /// <summary>Empty or white space only.</summary>
    Empty,

    /// <summary>Fails the check of its network.</summary>
    Malformed,
}

/// <summary>
/// Checks and normalises tag addresses per network, without ChainTrace.Bitcoin (Graph does not reference it):
/// Bitcoin and Litecoin base58 addresses are decoded and their base58check checksum and version byte verified,
/// their bech32/bech32m addresses verified by checksum and witness-program rules (BIP-173/350), TRON addresses by
/// base58check with version 0x41; EVM networks need 0x + 40 hex digits (EIP-55 case is display only, so the address
/// is lower-cased). Other networks are only checked for white space inside, and any 0x + 40 hex account on them is
/// lower-cased too. The check is cheap: about half a microsecond per address.
/// </summary>
internal static class AddressSyntax
{
    private static readonly SearchValues<char> HexDigits = SearchValues.Create("0123456789abcdefABCDEF");
    private static readonly SearchValues<char> WhiteSpace = SearchValues.Create(" \t\r\n\u00A0");

    private static readonly HashSet<string> EvmNetworks = new(StringComparer.Ordinal)
    {
        "ETH", "ETC", "BSC", "BEP20", "ARB", "MATIC", "POLYGON", "FTM", "OP", "BASE", "AVAXC", "RBTC", "SGB", "KCS",
        "CLO", "VET",
    };

    /// <summary>Checks <paramref name="raw"/> as an address of <paramref name="network"/> and normalises it.</summary>
    /// <param name="network">The network ticker (BTC, ETH, …) the address belongs to.</param>
    /// <param name="raw">The address as written in the source.</param>
    /// <param name="normalized">The normalised address (valid or trimmed), else the trimmed input.</param>
    /// <param name="problem">For <see cref="AddressCheck.Malformed"/>: what is wrong, as a phrase.</param>
    public static AddressCheck Normalize(string network, string raw, out string normalized, out string? problem)
    {
        problem = null;
        var trimmed = raw.Trim();
        normalized = trimmed;
        if (trimmed.Length == 0)
        {
            return AddressCheck.Empty;
        }

        var outcome = trimmed.Length == raw.Length ? AddressCheck.Valid : AddressCheck.Trimmed;
        if (trimmed.AsSpan().ContainsAny(WhiteSpace))
        {
            problem = "it contains white space";
            return AddressCheck.Malformed;
        }

        switch (network)
        {
            case "BTC":
                problem = CheckUtxoAddress(trimmed, "bc", [0x00, 0x05], "a Bitcoin", out normalized);
                break;
            case "LTC":
                problem = CheckUtxoAddress(trimmed, "ltc", [0x30, 0x32, 0x05], "a Litecoin", out normalized);
                break;
            case "TRX":
                problem = Base58Check.Version(trimmed) == 0x41 ? null : Explain(trimmed, "a TRON");
                break;
            default:
                if (EvmNetworks.Contains(network))
                {
                    problem = IsEvm(trimmed) ? null : Explain(trimmed, "an EVM");
                }

                if (problem is null && IsEvm(trimmed))
                {
                    normalized = trimmed.ToLowerInvariant();
                }

                break;
        }

        return problem is null ? outcome : AddressCheck.Malformed;
    }

    /// <summary>The key under which a queried address is found: trimmed, 0x hex and all-upper bech32 lower-cased.</summary>
    public static string LookupKey(string address)
    {
        var trimmed = address.Trim();
        if (IsEvm(trimmed))
        {
            return trimmed.ToLowerInvariant();
        }

        var separator = trimmed.IndexOf('1', StringComparison.Ordinal);
        return separator is 2 or 3 && !trimmed.AsSpan().ContainsAnyInRange('a', 'z') && Bech32.IsValid(trimmed, trimmed[..separator].ToLowerInvariant(), out _)
            ? trimmed.ToLowerInvariant()
            : trimmed;
    }

    /// <summary>True for 0x followed by exactly 40 hex digits (either case).</summary>
    public static bool IsEvm(string s) =>
        s.Length == 42 && s[0] == '0' && s[1] is 'x' or 'X' && !s.AsSpan(2).ContainsAnyExcept(HexDigits);

    private static string? CheckUtxoAddress(string s, string hrp, byte[] versions, string chain, out string normalized)
    {
        normalized = s;
        if (s.Length > hrp.Length && s.StartsWith(hrp + "1", StringComparison.OrdinalIgnoreCase))
        {
            if (Bech32.IsValid(s, hrp, out var why))
            {
                normalized = s.ToLowerInvariant();
                return null;
            }

            return $"it is not {chain} bech32 address: {why}";
        }

        var version = Base58Check.Version(s);
        return version >= 0 && Array.IndexOf(versions, (byte)version) >= 0 ? null : Explain(s, chain);
    }

    private static string Explain(string s, string chain)
    {
        var bad = Base58Check.FirstInvalidChar(s);
        var reason = Base58Check.Version(s) switch
        {
            0x41 => "it looks like a TRON address",
            >= 0 => "its base58 version byte belongs to another chain",
            _ when IsEvm(s) => "it looks like an Ethereum address",
            _ when s.StartsWith("0x", StringComparison.OrdinalIgnoreCase) => $"0x and {s.Length - 2} characters, not 40 hex digits",
            _ when bad >= 0 => $"'{s[bad]}' at position {bad + 1} is not a base58 character",
            _ => "its length or base58check checksum is wrong",
        };
        return $"it is not {chain} address: {reason}";
    }
}
