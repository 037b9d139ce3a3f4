using System.Globalization;
using ChainTrace.Storage;

namespace ChainTrace.IntegrationTests.Ethereum;

/// <summary>Reads back what an Ethereum dataset holds, through DuckDB (<see cref="DatasetQuery"/>).</summary>
public static class DatasetFacts
{
    /// <summary>Runs a query and returns its rows with every value as invariant text (null as empty).</summary>
    public static IReadOnlyList<string[]> Rows(string dataset, string sql)
    {
        using var query = DatasetQuery.Open(dataset);
        return [.. query.Execute(sql).Rows.Select(row => row.Select(Text).ToArray())];
    }

    /// <summary>The single value of a one-row, one-column query, as text.</summary>
    public static string Scalar(string dataset, string sql) => Rows(dataset, sql).Single().Single();

    /// <summary>(number, hash) of every stored block, in order.</summary>
    public static IReadOnlyList<(long Number, string Hash)> Blocks(string dataset) =>
        [.. Rows(dataset, "SELECT number, hash FROM blocks ORDER BY number").Select(r => (long.Parse(r[0], CultureInfo.InvariantCulture), r[1]))];

    /// <summary>
    /// Checks that every table holds each of its rows once and nothing outside the checkpoint: blocks contiguous,
    /// transaction/log/transfer/trace keys unique. Returns the block count.
    /// </summary>
    public static long AssertConsistent(string dataset)
    {
        var checkpoint = Dataset.OpenExisting(dataset).Checkpoint;
        using var query = DatasetQuery.Open(dataset);
        string One(string sql) => Text(query.Execute(sql).Rows.Single().Single());
        var blocks = query.Execute("SELECT number, hash FROM blocks ORDER BY number").Rows
            .Select(r => (Number: Convert.ToInt64(r[0], CultureInfo.InvariantCulture), Hash: (string)r[1]!))
            .ToArray();
        Assert.Equal(blocks.Length, blocks.Select(b => b.Number).Distinct().Count());
        if (checkpoint is null)
        {
            Assert.Empty(blocks);
            return 0;
        }

        Assert.Equal(checkpoint.FirstBlock, blocks[0].Number);
        Assert.Equal(checkpoint.LastBlock, blocks[^1].Number);
        Assert.Equal(checkpoint.BlockCount, blocks.Length);
        Assert.Equal(checkpoint.LastBlockHash, blocks[^1].Hash);
        Assert.Equal("0", One("SELECT count(*) - count(DISTINCT hash) FROM transactions"));
        Assert.Equal("0", One("SELECT count(*) - count(DISTINCT (block_number, log_index)) FROM logs"));
        Assert.Equal("0", One("SELECT count(*) FROM transactions t LEFT JOIN blocks b ON t.block_hash = b.hash WHERE b.hash IS NULL"));
        Assert.Equal("0", One("SELECT count(*) - count(DISTINCT (transaction_hash, trace_address, trace_type)) FROM traces WHERE transaction_hash IS NOT NULL"));
        return blocks.Length;
    }

    private static string Text(object? value) => value switch
    {
        null => string.Empty,
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };
}
