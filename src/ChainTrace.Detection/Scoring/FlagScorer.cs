using System.Diagnostics;
using System.Globalization;
using ChainTrace.Graph;

namespace ChainTrace.Detection;

/// <summary>
/// Scores every address of a graph with a <see cref="DetectionModel"/>, runs the pattern detectors, and assembles the
/// <c>flags</c> rows: an address is listed when its score reaches the model's threshold or a detector flagged it, and
/// each row carries its evidence (top contributing features with values, pattern summaries and values, transaction ids).
/// </summary>
public static class FlagScorer
{
    /// <summary>Scores <paramref name="graph"/>.</summary>
    /// <param name="graph">The graph (e.g. loaded from a dataset with the flow-graph loader).</param>
    /// <param name="model">The trained model.</param>
    /// <param name="options">Settings; defaults when null.</param>
    /// <param name="categories">Address categories for exposure features (as given to <see cref="AddressFeatureExtractor"/>), or null.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <exception cref="ArgumentNullException"><paramref name="graph"/> or <paramref name="model"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">The model needs a feature the options do not produce.</exception>
    /// <exception cref="ArgumentOutOfRangeException">Invalid options.</exception>
    public static FlagReport Score(
        FlowGraph graph,
        DetectionModel model,
        FlagScoringOptions? options = null,
        IReadOnlyDictionary<int, string>? categories = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(model);
        options ??= new FlagScoringOptions();
        options.Validate();
        var clock = Stopwatch.StartNew();
        var features = AddressFeatureExtractor.Extract(graph, options.Features, categories, null, cancellationToken);
        var featureTime = clock.Elapsed;
        clock.Restart();
        var scores = model.Score(features);
        var scoringTime = clock.Elapsed;
        clock.Restart();
        var flags = PatternDetectors.Scan(graph, options.Detectors ?? PatternDetectors.Default(), cancellationToken);
        var patternTime = clock.Elapsed;
        clock.Restart();
        var rows = Assemble(graph, model, features, scores, flags, options);
        return new FlagReport(rows, scores, flags, featureTime, scoringTime, patternTime, clock.Elapsed);
    }

    private static List<FlagRow> Assemble(
        FlowGraph graph, DetectionModel model, FeatureMatrix features, float[] scores, IReadOnlyList<PatternFlag> flags, FlagScoringOptions options)
    {
        var byAddress = new Dictionary<int, List<PatternFlag>>();
        foreach (var flag in flags)
        {
            foreach (var address in flag.Addresses)
            {
                if (!byAddress.TryGetValue(address, out var list))
                {
                    byAddress[address] = list = [];
                }

                list.Add(flag);
            }
        }

        var listed = new List<int>();
        for (var a = 0; a < scores.Length; a++)
        {
            if (options.IncludeUnflagged || scores[a] >= model.Threshold || byAddress.ContainsKey(a))
            {
                listed.Add(a);
            }
        }

        var explanations = listed.Count > 0 ? model.Explain(features, listed, options.TopFeatures) : [];
        var rows = new List<FlagRow>(listed.Count);
        for (var i = 0; i < listed.Count; i++)
        {
            var a = listed[i];
            var own = byAddress.GetValueOrDefault(a) ?? [];
            var patterns = string.Join(",", own.Select(f => f.Pattern).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal));
            var top = string.Join("; ", explanations[i].Select(c => string.Create(CultureInfo.InvariantCulture, $"{c.Feature}={c.Value:G6}")));
            var evidence = string.Join(" | ", own.Select(f => $"{f.Pattern}: {f.Summary} [{string.Join(", ", f.Values)}]"));
            var txs = own.Count > 0 ? own.SelectMany(f => f.Transactions) : OwnTransactions(graph, a).AsEnumerable();
            var txids = string.Join(",", txs.Distinct().Order().Select(graph.DisplayHash).Distinct(StringComparer.Ordinal).Take(options.MaximumEvidenceTransactions));
            rows.Add(new FlagRow(graph.Addresses[a], scores[a], scores[a] >= model.Threshold, patterns, top, txids, evidence));
        }

        rows.Sort((x, y) => y.Score != x.Score ? y.Score.CompareTo(x.Score) : string.CompareOrdinal(x.Address, y.Address));
        return rows;
    }

    private static SortedSet<int> OwnTransactions(FlowGraph graph, int address)
    {
        var txs = new SortedSet<int>();
        foreach (var leg in graph.ReceiptsOf(address))
        {
            txs.Add(graph.Output(leg).Transaction);
        }

        foreach (var leg in graph.SpendsOf(address))
        {
            txs.Add(graph.Input(leg).Transaction);
        }

        return txs;
    }
}
