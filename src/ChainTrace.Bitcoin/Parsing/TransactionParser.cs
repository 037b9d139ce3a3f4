using System.Globalization;
using ChainTrace.Core;

namespace ChainTrace.Bitcoin.Parsing;

/// <summary>
/// Parses one serialized transaction (as <c>getrawtransaction</c> returns it) into dataset rows, with the same strict
/// rules as <see cref="BlockParser"/>; the coinbase is recognised by its shape (one input spending the null outpoint).
/// </summary>
public static class TransactionParser
{
    /// <summary>Parses a lone transaction.</summary>
    /// <param name="transaction">The serialized transaction, exactly: trailing bytes are an error.</param>
    /// <param name="network">The network whose address encodings are used.</param>
    /// <param name="context">The block and position the rows record.</param>
    /// <param name="location">Where the bytes came from; <c>Offset</c> is the offset of the first byte.</param>
    /// <exception cref="ArgumentNullException"><paramref name="network"/> is null.</exception>
    /// <exception cref="ChainDataException">The transaction is malformed.</exception>
    public static ParsedTransaction Parse(ReadOnlySpan<byte> transaction, BitcoinNetwork network, TransactionContext context, DataLocation location)
    {
        ArgumentNullException.ThrowIfNull(network);
        var scratch = ReadAndHash(transaction, location);
        RowBuilder.Build(transaction, scratch, network, context, coinbaseByPosition: false, out var transactions, out var inputs, out var outputs);
        return new ParsedTransaction(transactions[0], inputs, outputs);
    }

    /// <summary>Parses a lone transaction with an unknown block context (height 0, zero block hash, index 0).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="network"/> is null.</exception>
    /// <exception cref="ChainDataException">The transaction is malformed.</exception>
    public static ParsedTransaction Parse(ReadOnlySpan<byte> transaction, BitcoinNetwork network, DataLocation location) =>
        Parse(transaction, network, default, location);

    /// <summary>Computes the txid of a serialized transaction (double SHA-256 of its serialization without witness).</summary>
    /// <exception cref="ChainDataException">The transaction is malformed.</exception>
    public static Hash256 ComputeTxid(ReadOnlySpan<byte> transaction, DataLocation location) =>
        new(ReadAndHash(transaction, location).Txids[..32]);

    /// <summary>Reads exactly one transaction into the thread's scratch and computes its txid and wtxid.</summary>
    private static ParseScratch ReadAndHash(ReadOnlySpan<byte> transaction, DataLocation location)
    {
        var scratch = ParseScratch.Current;
        scratch.Reset(1);
        var reader = new ByteReader(transaction, location);
        TransactionReader.Read(ref reader, scratch, hash: true);
        if (reader.Remaining > 0)
        {
            reader.Fail(
                string.Create(CultureInfo.InvariantCulture, $"{reader.Remaining} bytes of trailing data after the transaction."),
                reader.Position);
        }

        RowBuilder.FinishTransactionIds(transaction, scratch);
        return scratch;
    }
}
