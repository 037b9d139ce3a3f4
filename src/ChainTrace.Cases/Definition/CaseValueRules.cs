using System.Globalization;
using System.Numerics;
using System.Text.RegularExpressions;
using ChainTrace.Core;

namespace ChainTrace.Cases;

/// <summary>Shape checks and conversions for case-file values. Each method returns an error sentence or null.</summary>
internal static partial class CaseValueRules
{
    private static readonly string[] BitcoinNetworks = ["mainnet", "testnet", "testnet4", "signet", "regtest"];

    /// <summary>Checks a network name for the chain.</summary>
    public static string? CheckNetwork(ChainKind chain, string network)
    {
        if (chain == ChainKind.Bitcoin)
        {
            return BitcoinNetworks.Contains(network, StringComparer.Ordinal)
                ? null
                : $"unknown bitcoin network '{network}' (expected {string.Join(", ", BitcoinNetworks)})";
        }

        return NetworkName().IsMatch(network) ? null : $"'{network}' is not a network name (lower-case letters, digits, '-')";
    }

    /// <summary>Checks that an address has the chain's shape (and, for Bitcoin, the network's prefix).</summary>
    public static string? CheckAddress(ChainKind chain, string network, string address)
    {
        if (chain == ChainKind.Ethereum)
        {
            return EthereumAddress().IsMatch(address) ? null : $"'{address}' is not an Ethereum address (0x and 40 hex digits)";
        }

        var lower = address.ToLowerInvariant();
        var isBech32 = Bech32Address().IsMatch(lower)
            && (string.Equals(lower, address, StringComparison.Ordinal) || string.Equals(address.ToUpperInvariant(), address, StringComparison.Ordinal));
        if (!isBech32 && !Base58Address().IsMatch(address))
        {
            return $"'{address}' is not a Bitcoin address (base58 or bech32)";
        }

        string[] prefixes = network switch
        {
            "mainnet" => ["1", "3", "bc1"],
            "regtest" => ["m", "n", "2", "bcrt1"],
            _ => ["m", "n", "2", "tb1"],
        };
        return prefixes.Any(prefix => lower.StartsWith(prefix, StringComparison.Ordinal) || address.StartsWith(prefix, StringComparison.Ordinal))
            ? null
            : $"'{address}' is not a {network} address (expected it to start with {string.Join(", ", prefixes)})";
    }

    /// <summary>Checks a transaction id and returns it in the dataset's spelling (lower-case hex).</summary>
    public static string? CheckTransaction(ChainKind chain, string text, out string normalized)
    {
        normalized = text.ToLowerInvariant();
        return chain == ChainKind.Bitcoin
            ? (BitcoinTxid().IsMatch(normalized) ? null : $"'{text}' is not a Bitcoin transaction id (64 hex digits)")
            : (EthereumTxHash().IsMatch(normalized) ? null : $"'{text}' is not an Ethereum transaction hash (0x and 64 hex digits)");
    }

    /// <summary>Checks a <c>txid:vout</c> output reference and returns it normalised (lower-case txid, plain vout).</summary>
    public static string? CheckOutput(ChainKind chain, string text, out string normalized)
    {
        normalized = text;
        if (chain != ChainKind.Bitcoin)
        {
            return "output seeds (txid:vout) exist on Bitcoin only; use 'transaction' or 'address' on Ethereum";
        }

        var colon = text.LastIndexOf(':');
        if (colon < 0)
        {
            return $"'{text}' is not an output reference (txid:vout)";
        }

        var error = CheckTransaction(chain, text[..colon], out var txid);
        if (error is not null)
        {
            return error;
        }

        var voutText = text[(colon + 1)..];
        if (voutText.Length == 0 || !voutText.All(char.IsAsciiDigit)
            || !int.TryParse(voutText, NumberStyles.None, CultureInfo.InvariantCulture, out var vout))
        {
            return $"'{voutText}' is not an output index (a whole number from 0)";
        }

        normalized = string.Create(CultureInfo.InvariantCulture, $"{txid}:{vout}");
        return null;
    }

    /// <summary>
    /// Parses an amount: a whole number of base units (<c>10000</c>), or a decimal with a unit
    /// (<c>0.5 BTC</c>, <c>1000 sat</c>, <c>1.5 ETH</c>, <c>20 gwei</c>, <c>7 wei</c>).
    /// </summary>
    public static string? ParseAmount(ChainKind chain, string text, out BigInteger baseUnits)
    {
        baseUnits = BigInteger.Zero;
        var parts = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 1 && parts[0].All(char.IsAsciiDigit))
        {
            baseUnits = BigInteger.Parse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture);
            return null;
        }

        var units = chain == ChainKind.Bitcoin
            ? new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase) { ["BTC"] = 8, ["sat"] = 0, ["sats"] = 0 }
            : new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase) { ["ETH"] = 18, ["gwei"] = 9, ["wei"] = 0 };
        if (parts.Length != 2 || !units.TryGetValue(parts[1], out var decimals))
        {
            return $"'{text}' is not an amount (base units such as 10000, or a number with a unit: {string.Join(", ", units.Keys)})";
        }

        var number = parts[0];
        var dot = number.IndexOf('.', StringComparison.Ordinal);
        var whole = dot < 0 ? number : number[..dot];
        var fraction = dot < 0 ? string.Empty : number[(dot + 1)..];
        if (whole.Length == 0 || !whole.All(char.IsAsciiDigit) || !fraction.All(char.IsAsciiDigit))
        {
            return $"'{number}' is not a non-negative decimal number";
        }

        if (fraction.TrimEnd('0').Length > decimals)
        {
            return $"'{text}' has more decimals than the unit allows ({decimals.ToString(CultureInfo.InvariantCulture)})";
        }

        var digits = whole + fraction.PadRight(decimals, '0')[..decimals];
        baseUnits = BigInteger.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);
        return null;
    }

    /// <summary>
    /// Parses a time: a date (<c>2017-05-12</c>, midnight UTC; as an end bound the next midnight) or an ISO 8601
    /// date and time with <c>Z</c> or an offset.
    /// </summary>
    public static string? ParseTime(string text, bool isEnd, out DateTimeOffset time)
    {
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            time = new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            if (isEnd)
            {
                time = time.AddDays(1);
            }

            return null;
        }

        string[] formats = ["yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mmK", "yyyy-MM-dd HH:mm:ssK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK"];
        if (text.Length > 10 && (text.EndsWith('Z') || text[10..].Contains('+', StringComparison.Ordinal) || text[10..].Contains('-', StringComparison.Ordinal))
            && DateTimeOffset.TryParseExact(text, formats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out time))
        {
            time = time.ToUniversalTime();
            return null;
        }

        time = default;
        return $"'{text}' is not a date (2017-05-12) or a date and time with a zone (2017-05-12T14:00:00Z)";
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9-]*$")]
    private static partial Regex NetworkName();

    [GeneratedRegex("^0x[0-9a-fA-F]{40}$")]
    private static partial Regex EthereumAddress();

    [GeneratedRegex("^[1-9A-HJ-NP-Za-km-z]{25,35}$")]
    private static partial Regex Base58Address();

    [GeneratedRegex("^(bc|tb|bcrt)1[02-9ac-hj-np-z]{8,87}$")]
    private static partial Regex Bech32Address();

    [GeneratedRegex("^[0-9a-f]{64}$")]
    private static partial Regex BitcoinTxid();

    [GeneratedRegex("^0x[0-9a-f]{64}$")]
    private static partial Regex EthereumTxHash();
}
