using System.Globalization;
using ChainTrace.Graph;

namespace ChainTrace.Detection;

/// <summary>
/// Rapid pass-through (layering): an address forwards nearly everything it receives within a short time of arrival.
/// Spends are matched to receipts first-in first-out; the value matched to a receipt at most
/// <see cref="RapidPassThroughOptions.WindowSeconds"/> older counts as passed through. Works on both chains.
/// </summary>
/// <remarks>
/// Evidence: the receipts and the spends that forwarded them, chronological; values <c>received_value</c>,
/// <c>passed_value</c>, <c>passed_share</c>, <c>receipts</c>, <c>mean_delay_seconds</c> (value-weighted) and
/// <c>window_seconds</c>.
/// </remarks>
public sealed class RapidPassThroughDetector : IPatternDetector
{
    private readonly RapidPassThroughOptions _options;

    /// <summary>Creates the detector.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Invalid options.</exception>
    public RapidPassThroughDetector(RapidPassThroughOptions? options = null)
    {
        _options = options ?? new RapidPassThroughOptions();
        _options.Validate();
    }

    /// <inheritdoc />
    public string Pattern => PatternNames.RapidPassThrough;

    /// <inheritdoc />
    public IReadOnlyList<PatternFlag> Detect(FlowGraph graph, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var g = GraphArrays.Of(graph);
        var flags = new List<PatternFlag>();
        var receipts = new List<Flow>();
        var spends = new List<Flow>();
        var left = new List<double>();
        var evidence = new SortedSet<int>();
        for (var a = 0; a < g.AddressCount; a++)
        {
            if ((a & 0xFFFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            if (graph.ReceiptsOf(a).Length < _options.MinimumReceipts || graph.SpendsOf(a).Length == 0)
            {
                continue;
            }

            AddressFlows.Receipts(g, a, receipts);
            var received = receipts.Sum(r => r.Value);
            if (receipts.Count < _options.MinimumReceipts || received <= 0 || received < _options.MinimumValue)
            {
                continue;
            }

            AddressFlows.Spends(g, a, spends);
            left.Clear();
            left.AddRange(receipts.Select(r => r.Value));
            evidence.Clear();
            double passed = 0;
            double delayWeighted = 0;
            var next = 0;
            foreach (var spend in spends)
            {
                var remaining = spend.Value;
                for (var r = next; r < receipts.Count && receipts[r].Tx < spend.Tx && remaining > 0; r++)
                {
                    var take = Math.Min(left[r], remaining);
                    if (take <= 0)
                    {
                        continue;
                    }

                    left[r] -= take;
                    remaining -= take;
                    var delay = spend.Time - receipts[r].Time;
                    if (delay <= _options.WindowSeconds)
                    {
                        passed += take;
                        delayWeighted += take * delay;
                        evidence.Add(receipts[r].Tx);
                        evidence.Add(spend.Tx);
                    }
                }

                while (next < receipts.Count && left[next] <= 0)
                {
                    next++;
                }
            }

            var share = passed / received;
            if (share >= _options.MinimumShare)
            {
                flags.Add(new PatternFlag(
                    PatternNames.RapidPassThrough,
                    [a],
                    [.. evidence],
                    [
                        new("received_value", received),
                        new("passed_value", passed),
                        new("passed_share", share),
                        new("receipts", receipts.Count),
                        new("mean_delay_seconds", passed > 0 ? delayWeighted / passed : 0),
                        new("window_seconds", _options.WindowSeconds),
                    ],
                    string.Create(
                        CultureInfo.InvariantCulture,
                        $"Forwarded {share:P1} of {received:G8} coins received in {receipts.Count} transactions within {_options.WindowSeconds} s of arrival (mean delay {(passed > 0 ? delayWeighted / passed : 0):F0} s).")));
            }
        }

        return flags;
    }
}
