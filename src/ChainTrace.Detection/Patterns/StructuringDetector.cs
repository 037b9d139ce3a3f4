using System.Globalization;
using ChainTrace.Graph;

namespace ChainTrace.Detection;

/// <summary>
/// Fan-out structuring: one address splits value into several payments to others, each just below a reporting
/// threshold, within a short window. Works on both chains (a UTXO payment is one output to another address; an
/// account payment is one transfer). One flag per address, for its busiest window.
/// </summary>
/// <remarks>
/// Evidence: the transactions carrying the just-below payments of that window; values <c>payments</c>,
/// <c>total_value</c>, <c>recipients</c> (distinct), <c>threshold</c>, <c>band_low</c> and <c>window_seconds</c>.
/// </remarks>
public sealed class StructuringDetector : IPatternDetector
{
    private readonly StructuringOptions _options;

    /// <summary>Creates the detector.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Invalid options.</exception>
    public StructuringDetector(StructuringOptions? options = null)
    {
        _options = options ?? new StructuringOptions();
        _options.Validate();
    }

    /// <inheritdoc />
    public string Pattern => PatternNames.Structuring;

    /// <inheritdoc />
    public IReadOnlyList<PatternFlag> Detect(FlowGraph graph, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var g = GraphArrays.Of(graph);
        var low = _options.Threshold * (1 - _options.Band);
        var flags = new List<PatternFlag>();
        var payments = new List<(int Tx, long Time, double Value, int To)>();
        for (var a = 0; a < g.AddressCount; a++)
        {
            if ((a & 0xFFFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            payments.Clear();
            var legs = graph.SpendsOf(a);
            var previous = -1;
            foreach (var inLeg in legs)
            {
                var tx = g.InTx[inLeg];
                if (tx == previous || !g.IsNativeTransfer(tx))
                {
                    continue;
                }

                previous = tx;
                for (var leg = g.TxOutStart[tx]; leg < g.TxOutStart[tx + 1]; leg++)
                {
                    var value = g.OutValue[leg];
                    if (g.OutAddress[leg] >= 0 && g.OutAddress[leg] != a && value >= low && value < _options.Threshold)
                    {
                        payments.Add((tx, g.TxTime[tx], value, g.OutAddress[leg]));
                    }
                }
            }

            if (payments.Count < _options.MinimumPayments)
            {
                continue;
            }

            var (start, end) = BusiestWindow(payments);
            if (end - start >= _options.MinimumPayments)
            {
                flags.Add(Flag(a, payments.GetRange(start, end - start), low));
            }
        }

        return flags;
    }

    private (int Start, int End) BusiestWindow(List<(int Tx, long Time, double Value, int To)> payments)
    {
        var best = (0, 0);
        var left = 0;
        for (var right = 0; right < payments.Count; right++)
        {
            while (payments[right].Time - payments[left].Time > _options.WindowSeconds)
            {
                left++;
            }

            if (right + 1 - left > best.Item2 - best.Item1)
            {
                best = (left, right + 1);
            }
        }

        return best;
    }

    private PatternFlag Flag(int address, List<(int Tx, long Time, double Value, int To)> window, double low)
    {
        var total = window.Sum(p => p.Value);
        var recipients = window.Select(p => p.To).Distinct().Count();
        return new PatternFlag(
            PatternNames.Structuring,
            [address],
            window.Select(p => p.Tx).Distinct().ToList(),
            [
                new("payments", window.Count),
                new("total_value", total),
                new("recipients", recipients),
                new("threshold", _options.Threshold),
                new("band_low", low),
                new("window_seconds", _options.WindowSeconds),
            ],
            string.Create(
                CultureInfo.InvariantCulture,
                $"{window.Count} payments of {low:G8}–{_options.Threshold:G8} coins (just below the threshold) to {recipients} recipients within {_options.WindowSeconds} s, {total:G8} coins in all."));
    }
}
