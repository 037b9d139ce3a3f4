using System.Globalization;
using ChainTrace.Core;
using ChainTrace.Core.Rows;

namespace ChainTrace.Bitcoin.Parsing;

/// <summary>
/// Parses serialized Bitcoin blocks (header, CompactSize transaction count, transactions; no blk-file framing) into
/// dataset rows, computing txids, wtxids, sizes, weights and addresses, and checking the merkle root.
/// </summary>
/// <remarks>
/// <para>
/// The decoder is strict: truncated data, bytes after the last transaction, non-canonical or oversized CompactSize
/// values, counts that cannot fit in the remaining bytes, a segwit flag other than 0x01, a witness record with only
/// empty witnesses, transactions without inputs or outputs, output values outside 0..21M BTC, a first transaction that
/// is not a coinbase or a later one that is, and a merkle root that does not match all raise
/// <see cref="ChainDataException"/>. Its <see cref="ChainDataException.Location"/> is the caller's location with the
/// height set and the offset made absolute (caller's offset, or 0, plus the position in the block).
/// </para>
/// <para>
/// Memory is bounded by the input: every count is checked against the bytes that remain before anything is sized from
/// it. Thread-safe; each thread reuses its own working memory.
/// </para>
/// </remarks>
public static class BlockParser
{
    /// <summary>Parses one block into rows.</summary>
    /// <param name="block">The serialized block, exactly: trailing bytes are an error.</param>
    /// <param name="height">The block's height, copied into every row.</param>
    /// <param name="network">The network whose address encodings are used.</param>
    /// <param name="location">Where the block came from; <c>Offset</c> is the file offset of the block's first byte.</param>
    /// <returns>The header, block row and the transaction, input and output rows in block order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="network"/> is null.</exception>
    /// <exception cref="ChainDataException">The block is malformed (see remarks).</exception>
    public static ParsedBlock Parse(ReadOnlySpan<byte> block, long height, BitcoinNetwork network, DataLocation location)
    {
        ArgumentNullException.ThrowIfNull(network);
        location = location with { Height = height };
        var scratch = ParseScratch.Current;
        var reader = new ByteReader(block, location);
        var header = ReadStructure(ref reader, scratch, hash: true);

        RowBuilder.FinishTransactionIds(block, scratch);
        scratch.EnsureMerkle();
        var root = MerkleTree.ComputeRoot(scratch.Txids, scratch.TransactionCount, scratch.MerkleA, scratch.MerkleB);
        if (root != header.MerkleRoot)
        {
            reader.Fail(
                $"Merkle root mismatch: the header says {header.MerkleRoot.ToReversedHex()} but the transactions give {root.ToReversedHex()}.",
                BlockHeader.MerkleRootOffset);
        }

        var context = new TransactionContext(height, header.Hash, header.Timestamp, 0);
        RowBuilder.Build(block, scratch, network, context, coinbaseByPosition: true, out var transactions, out var inputs, out var outputs);

        var strippedSize = BlockHeader.Size + CompactSizeLength(scratch.TransactionCount);
        for (var t = 0; t < scratch.TransactionCount; t++)
        {
            strippedSize += scratch.Transactions[t].StrippedLength;
        }

        var blockRow = new BitcoinBlockRow(
            header.Hash,
            height,
            header.PreviousBlockHash,
            header.Timestamp,
            scratch.TransactionCount,
            block.Length,
            strippedSize,
            (strippedSize * 3) + block.Length,
            header.Version,
            header.MerkleRoot,
            header.Nonce,
            header.BitsHex);
        return new ParsedBlock(header, blockRow, transactions, inputs, outputs);
    }

    /// <summary>
    /// Finds the header and every transaction's byte range without hashing transactions or building rows (the merkle
    /// root is not checked).
    /// </summary>
    /// <param name="block">The serialized block, exactly: trailing bytes are an error.</param>
    /// <param name="location">Where the block came from, for error messages.</param>
    /// <exception cref="ChainDataException">The block is structurally malformed.</exception>
    public static BlockLayout Scan(ReadOnlySpan<byte> block, DataLocation location)
    {
        var scratch = ParseScratch.Current;
        var reader = new ByteReader(block, location);
        var header = ReadStructure(ref reader, scratch, hash: false);
        var ranges = new TransactionRange[scratch.TransactionCount];
        for (var t = 0; t < ranges.Length; t++)
        {
            ref readonly var tx = ref scratch.Transactions[t];
            ranges[t] = new TransactionRange(tx.Offset, tx.Length, tx.StrippedLength, tx.HasWitness, tx.InputCount, tx.OutputCount);
        }

        return new BlockLayout(header, ranges);
    }

    /// <summary>The number of bytes of a CompactSize encoding of <paramref name="value"/>.</summary>
    internal static int CompactSizeLength(long value) => value switch
    {
        < 0xfd => 1,
        <= 0xffff => 3,
        <= 0xffffffff => 5,
        _ => 9,
    };

    private static BlockHeader ReadStructure(ref ByteReader reader, ParseScratch scratch, bool hash)
    {
        if (!BlockHeader.TryParse(reader.Data, out var header))
        {
            reader.Fail(
                string.Create(CultureInfo.InvariantCulture, $"Truncated block: {reader.Data.Length} bytes is shorter than the 80-byte header."),
                0);
        }

        reader.Skip(BlockHeader.Size, "block header");
        var countPosition = reader.Position;
        var count = reader.ReadCount(TransactionReader.MinTransactionSize, "transaction count");
        if (count == 0)
        {
            reader.Fail("A block has no transactions.", countPosition);
        }

        scratch.Reset(count);
        for (var t = 0; t < count; t++)
        {
            TransactionReader.Read(ref reader, scratch, hash);
            ref readonly var tx = ref scratch.Transactions[t];
            if (RowBuilder.IsCoinbaseShape(reader.Data, scratch, tx) != (t == 0))
            {
                reader.Fail(
                    t == 0 ? "The first transaction is not a coinbase." : string.Create(CultureInfo.InvariantCulture, $"Transaction {t} is a second coinbase."),
                    tx.Offset);
            }
        }

        if (reader.Remaining > 0)
        {
            reader.Fail(
                string.Create(CultureInfo.InvariantCulture, $"{reader.Remaining} bytes of trailing data after the last of {count} transactions."),
                reader.Position);
        }

        return header;
    }
}
