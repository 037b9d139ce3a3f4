using System.Globalization;
using System.Text;
using ChainTrace.Storage;

namespace ChainTrace.Graph.Clustering;

/// <summary>
/// The derived <c>clusters</c> table (address, cluster_id, cluster_size, evidence_summary): one row per address of the
/// clustered graph, written beside the chain tables with <see cref="Dataset.WriteTableAsync{TRow}"/> (replacing the
/// previous table atomically) and read back with <c>DatasetQuery.Open(path, [ClustersTable.Schema])</c>.
/// </summary>
public static class ClustersTable
{
    /// <summary>The table name, <c>clusters</c>.</summary>
    public const string Name = "clusters";

    /// <summary>The table's schema (with a row factory for reading).</summary>
    public static TableSchema<ClusterRow> Schema { get; } = new TableSchemaBuilder<ClusterRow>(Name)
        .String("address", r => r.Address)
        .Int64("cluster_id", r => r.ClusterId)
        .Int64("cluster_size", r => r.ClusterSize)
        .String("evidence_summary", r => r.EvidenceSummary)
        .ReadWith(v => new ClusterRow(v.GetString(0), v.GetInt64(1), v.GetInt64(2), v.GetString(3)))
        .Build();

    /// <summary>The rows of <paramref name="result"/>, in address id order.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="result"/> is null.</exception>
    public static IEnumerable<ClusterRow> Rows(ClusteringResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return RowsCore(result);
    }

    /// <summary>The evidence summary of address id <paramref name="address"/> (see <see cref="ClusterRow.EvidenceSummary"/>).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="result"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">No such address id.</exception>
    public static string Summary(ClusteringResult result, int address)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentOutOfRangeException.ThrowIfNegative(address);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(address, result.AddressCount);
        var forest = result.Forest;
        var edges = forest.EdgesOf(address);
        if (edges.IsEmpty)
        {
            return string.Empty;
        }

        var counts = new SortedDictionary<int, int>();
        foreach (var edge in edges)
        {
            var bits = (int)result.Evidence[edge].Heuristics;
            counts[bits] = counts.GetValueOrDefault(bits) + 1;
        }

        var text = new StringBuilder();
        foreach (var (bits, count) in counts)
        {
            text.Append(text.Length > 0 ? "; " : string.Empty)
                .Append(ClusteringHeuristics.Code((ClusteringHeuristic)bits))
                .Append(':')
                .Append(count.ToString(CultureInfo.InvariantCulture));
        }

        return text.ToString();
    }

    /// <summary>Writes (replaces) the <c>clusters</c> table of <paramref name="dataset"/> with the rows of <paramref name="result"/>.</summary>
    /// <param name="dataset">The dataset the graph was loaded from, opened for writing.</param>
    /// <param name="result">The clustering.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="InvalidOperationException">The dataset is read-only or disposed.</exception>
    public static Task WriteAsync(Dataset dataset, ClusteringResult result, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(result);
        return dataset.WriteTableAsync(Schema, RowsCore(result).ToList(), cancellationToken);
    }

    private static IEnumerable<ClusterRow> RowsCore(ClusteringResult result)
    {
        var names = result.Graph.Addresses;
        for (var address = 0; address < result.AddressCount; address++)
        {
            var cluster = result.ClusterOf(address);
            yield return new ClusterRow(names[address], cluster, result.SizeOf(cluster), Summary(result, address));
        }
    }
}
