using ChainTrace.Graph;

namespace ChainTrace.Detection;

/// <summary>
/// Computes per-address features over a <see cref="FlowGraph"/> of either chain: degree and counterparties, value
/// statistics and round amounts, timing and pass-through, 1-hop neighbour aggregates and two-hop reach, the
/// BitcoinHeist features, and optional counterparty-category exposure. Column names and units are in
/// <see cref="AddressFeatureNames"/>. Deterministic: the same graph and options give the same matrix.
/// </summary>
/// <remarks>
/// Features use the graph's structure only, never labels; on a labelled graph they are computed over the whole
/// (unlabelled) graph, the usual transductive setting. Work is spread over the machine's cores; each address's row
/// depends only on the graph, so the result does not depend on scheduling.
/// </remarks>
public static class AddressFeatureExtractor
{
    /// <summary>Computes the features of every address of <paramref name="graph"/>: row <c>i</c> is address id <c>i</c>.</summary>
    /// <param name="graph">The graph.</param>
    /// <param name="options">Settings; <see cref="AddressFeatureOptions.Default"/> when null.</param>
    /// <param name="categories">
    /// Category of known addresses (address id → one of <see cref="AddressFeatureOptions.Categories"/>) for the exposure
    /// columns; null for none. Addresses of categories not in the options are ignored.
    /// </param>
    /// <param name="transferMultiplicity">Per transaction node, the chain transactions it stands for; null for one each.</param>
    /// <param name="cancellationToken">Cancels between addresses.</param>
    /// <returns>The matrix, one row per address id.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="graph"/> is null.</exception>
    /// <exception cref="ArgumentException">Invalid options, or the multiplicity does not have one entry per node.</exception>
    /// <exception cref="ArgumentOutOfRangeException">Invalid options.</exception>
    public static FeatureMatrix Extract(
        FlowGraph graph,
        AddressFeatureOptions? options = null,
        IReadOnlyDictionary<int, string>? categories = null,
        IReadOnlyList<int>? transferMultiplicity = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(graph);
        options ??= AddressFeatureOptions.Default;
        options.Validate();
        if (transferMultiplicity is not null && transferMultiplicity.Count != graph.TransactionCount)
        {
            throw new ArgumentException(
                $"The multiplicity has {transferMultiplicity.Count} entries; the graph has {graph.TransactionCount} transaction nodes.",
                nameof(transferMultiplicity));
        }

        var g = GraphArrays.Of(graph);
        var n = g.AddressCount;
        var matrix = new FeatureMatrix(AddressFeatureNames.For(options.Categories), n);
        var categoryOf = CategoryIndex(n, options.Categories, categories);
        var inCp = new int[n][];
        var outCp = new int[n][];
        var parallel = new ParallelOptions { CancellationToken = cancellationToken };
        Parallel.ForEach(
            System.Collections.Concurrent.Partitioner.Create(0, n, 4096),
            parallel,
            () => new AddressActivity(g, transferMultiplicity, categoryOf, options.Categories.Count, options.ForwardWindowSeconds),
            (range, _, activity) =>
            {
                for (var a = range.Item1; a < range.Item2; a++)
                {
                    (inCp[a], outCp[a]) = activity.Compute(a, matrix.RowSpan(a));
                }

                return activity;
            },
            _ => { });

        var heist = new BitcoinHeistCalculator(g, options.HeistWindowSeconds, options.HeistMaxTrackedStarters);
        var heistTask = Task.Run(heist.Run, cancellationToken);
        Parallel.ForEach(
            System.Collections.Concurrent.Partitioner.Create(0, n, 4096),
            parallel,
            () => new NeighbourPass(matrix, inCp, outCp, options.TwoHopCap),
            (range, _, pass) =>
            {
                for (var a = range.Item1; a < range.Item2; a++)
                {
                    pass.Compute(a);
                }

                return pass;
            },
            _ => { });
        heistTask.GetAwaiter().GetResult();
        WriteHeist(matrix, heist);
        return matrix;
    }

    private static void WriteHeist(FeatureMatrix matrix, BitcoinHeistCalculator heist)
    {
        var columns = new (int Column, double[] Values)[]
        {
            (FeatureColumns.Index(AddressFeatureNames.HeistIncome), heist.Income),
            (FeatureColumns.Index(AddressFeatureNames.HeistNeighbors), heist.Neighbors),
            (FeatureColumns.Index(AddressFeatureNames.HeistWeight), heist.Weight),
            (FeatureColumns.Index(AddressFeatureNames.HeistLength), heist.Length),
            (FeatureColumns.Index(AddressFeatureNames.HeistCount), heist.Count),
            (FeatureColumns.Index(AddressFeatureNames.HeistLooped), heist.Looped),
            (FeatureColumns.Index(AddressFeatureNames.HeistWindows), heist.Windows),
        };
        for (var a = 0; a < matrix.RowCount; a++)
        {
            var row = matrix.RowSpan(a);
            foreach (var (column, values) in columns)
            {
                row[column] = (float)values[a];
            }
        }
    }

    private static int[]? CategoryIndex(int addressCount, IReadOnlyList<string> names, IReadOnlyDictionary<int, string>? categories)
    {
        if (categories is null || names.Count == 0)
        {
            return null;
        }

        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < names.Count; i++)
        {
            index[names[i]] = i;
        }

        var of = new int[addressCount];
        Array.Fill(of, -1);
        foreach (var (address, category) in categories)
        {
            if (address >= 0 && address < addressCount && category is not null && index.TryGetValue(category, out var c))
            {
                of[address] = c;
            }
        }

        return of;
    }
}
