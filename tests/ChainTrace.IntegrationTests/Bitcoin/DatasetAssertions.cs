using System.Globalization;
using System.Text;
using ChainTrace.Storage;

namespace ChainTrace.IntegrationTests.Bitcoin;

/// <summary>Reads a dataset back through DuckDB for assertions.</summary>
public static class DatasetAssertions
{
    public static readonly string[] BitcoinTables = ["blocks", "transactions", "inputs", "outputs"];

    public static QueryResult Query(string dataset, string sql)
    {
        using var query = DatasetQuery.Open(dataset);
        return query.Execute(sql);
    }

    public static long Scalar(string dataset, string sql) => Query(dataset, sql).Rows.Single()[0] switch
    {
        System.Numerics.BigInteger big => (long)big,
        var value => Convert.ToInt64(value, CultureInfo.InvariantCulture),
    };

    /// <summary>Every row of a table, ordered by all columns, as text: equal dumps mean equal tables.</summary>
    public static string Dump(string dataset, string table)
    {
        var result = Query(dataset, $"SELECT * FROM {table} ORDER BY ALL");
        var text = new StringBuilder();
        text.AppendJoin('|', result.Columns).Append('\n');
        foreach (var row in result.Rows)
        {
            text.AppendJoin('|', row.Select(v => v is null ? "∅" : Convert.ToString(v, CultureInfo.InvariantCulture))).Append('\n');
        }

        return text.ToString();
    }
}
