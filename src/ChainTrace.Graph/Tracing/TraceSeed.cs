using ChainTrace.Core;

namespace ChainTrace.Graph.Tracing;

/// <summary>Where a trace starts: an address, a transaction, or one output of a transaction.</summary>
public sealed record TraceSeed
{
    private TraceSeed(string? address, Hash256? transaction, int? output, string text)
    {
        Address = address;
        Transaction = transaction;
        Output = output;
        Text = text;
    }

    /// <summary>The seed address (as stored in the dataset), or null.</summary>
    public string? Address { get; }

    /// <summary>The seed transaction, or null.</summary>
    public Hash256? Transaction { get; }

    /// <summary>For an output seed, the output index within <see cref="Transaction"/>.</summary>
    public int? Output { get; }

    /// <summary>The seed as the user wrote it.</summary>
    public string Text { get; }

    /// <summary>
    /// Forward on a UTXO chain: the coins the address received; on an account chain: everything it sent (its balance is
    /// the tainted money). Backward: everything it received, to where that came from.
    /// </summary>
    public static TraceSeed ForAddress(string address)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(address);
        return new TraceSeed(address.Trim(), null, null, address.Trim());
    }

    /// <summary>Forward: every output of the transaction. Backward: every input.</summary>
    public static TraceSeed ForTransaction(Hash256 transaction, string text) => new(null, transaction, null, text);

    /// <summary>One output (Bitcoin vout): forward from it, or backward to where its value came from.</summary>
    public static TraceSeed ForOutput(Hash256 transaction, int output, string text)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(output);
        return new TraceSeed(null, transaction, output, text);
    }

    /// <summary>
    /// Parses a seed as a user writes it: <c>TXID:VOUT</c> for an output, a 64-digit hash (Bitcoin display order, or
    /// 0x-prefixed on Ethereum) for a transaction, anything else for an address.
    /// </summary>
    /// <param name="text">The seed text.</param>
    /// <param name="chain">The chain, which decides the hash byte order.</param>
    /// <exception cref="FormatException">The text is empty, or a <c>TXID:VOUT</c> has a bad hash or index.</exception>
    public static TraceSeed Parse(string text, ChainKind chain)
    {
        ArgumentNullException.ThrowIfNull(text);
        var trimmed = text.Trim();
        if (trimmed.Length == 0)
        {
            throw new FormatException("A seed is empty.");
        }

        var reversed = chain == ChainKind.Bitcoin;
        var colon = trimmed.LastIndexOf(':');
        if (colon > 0)
        {
            var hashText = HashDigits(trimmed.AsSpan(0, colon));
            if (!Hash256.TryParse(hashText, reversed, out var hash)
                || !int.TryParse(trimmed.AsSpan(colon + 1), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var vout))
            {
                throw new FormatException($"The seed '{trimmed}' is not TXID:VOUT (64 hex digits, a colon, an output index).");
            }

            return ForOutput(hash, vout, trimmed);
        }

        var digits = HashDigits(trimmed);
        if (digits.Length == 64 && Hash256.TryParse(digits, reversed, out var tx) && (chain == ChainKind.Bitcoin || trimmed.StartsWith("0x", StringComparison.Ordinal)))
        {
            return ForTransaction(tx, trimmed);
        }

        return ForAddress(chain == ChainKind.Ethereum ? trimmed.ToLowerInvariant() : trimmed);
    }

    private static ReadOnlySpan<char> HashDigits(ReadOnlySpan<char> text) =>
        text.StartsWith("0x", StringComparison.Ordinal) ? text[2..] : text;

    /// <inheritdoc />
    public override string ToString() => Text;
}
