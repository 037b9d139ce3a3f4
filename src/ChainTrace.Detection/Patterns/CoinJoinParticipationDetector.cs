using System.Globalization;
using ChainTrace.Graph;
using ChainTrace.Graph.Clustering;

namespace ChainTrace.Detection;

/// <summary>
/// Flags every address that spends into a CoinJoin round, as recognised by the CoinJoin detectors of
/// <see cref="CoinJoinDetectors"/> (Whirlpool, Wasabi 1.x and 2.0, JoinMarket, generic equal-output). TX0s (a single
/// owner entering Whirlpool) are not rounds and are not flagged here. One flag per address, with every round it joined.
/// </summary>
/// <remarks>
/// Evidence: the round transactions; values <c>rounds</c>, <c>mixed_value</c> (the address's inputs to the rounds,
/// coins), <c>max_participants</c>, and <c>denomination</c> of its last round (coins). The summary names the detectors.
/// </remarks>
public sealed class CoinJoinParticipationDetector : IPatternDetector
{
    private readonly IReadOnlyList<ICoinJoinDetector>? _detectors;

    /// <summary>Creates the detector.</summary>
    /// <param name="detectors">The CoinJoin detectors in order; default <see cref="CoinJoinDetectors.Default"/>.</param>
    public CoinJoinParticipationDetector(IReadOnlyList<ICoinJoinDetector>? detectors = null) => _detectors = detectors;

    /// <inheritdoc />
    public string Pattern => PatternNames.CoinJoinParticipation;

    /// <inheritdoc />
    public IReadOnlyList<PatternFlag> Detect(FlowGraph graph, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var scan = CoinJoinDetectors.Scan(graph, _detectors, cancellationToken);
        var byAddress = new SortedDictionary<int, List<(CoinJoinDetection Round, double Value)>>();
        foreach (var round in scan.Detections)
        {
            if (round.Kind != CoinJoinKind.Round)
            {
                continue;
            }

            var values = new Dictionary<int, double>();
            foreach (var leg in Legs(graph.InputsOf(round.Transaction)))
            {
                var input = graph.Input(leg);
                if (input.Address >= 0)
                {
                    values[input.Address] = values.GetValueOrDefault(input.Address) + DecimalAmount.ToCoins(input.Value, 8);
                }
            }

            foreach (var (address, value) in values)
            {
                if (!byAddress.TryGetValue(address, out var list))
                {
                    byAddress[address] = list = [];
                }

                list.Add((round, value));
            }
        }

        var flags = new List<PatternFlag>(byAddress.Count);
        foreach (var (address, rounds) in byAddress)
        {
            var last = rounds[^1].Round;
            var names = string.Join(", ", rounds.Select(r => r.Round.Detector).Distinct(StringComparer.Ordinal));
            var mixed = rounds.Sum(r => r.Value);
            flags.Add(new PatternFlag(
                PatternNames.CoinJoinParticipation,
                [address],
                rounds.Select(r => r.Round.Transaction).ToList(),
                [
                    new("rounds", rounds.Count),
                    new("mixed_value", mixed),
                    new("max_participants", rounds.Max(r => r.Round.Participants)),
                    new("denomination", last.Denomination / 1e8),
                ],
                string.Create(CultureInfo.InvariantCulture, $"Spent {mixed:G8} coins into {rounds.Count} CoinJoin round(s) ({names}); last: {last.Reason}")));
        }

        return flags;
    }

    private static IEnumerable<int> Legs(Range range)
    {
        for (var leg = range.Start.Value; leg < range.End.Value; leg++)
        {
            yield return leg;
        }
    }
}
