using System.Globalization;
using ChainTrace.Graph;

namespace ChainTrace.Detection;

/// <summary>
/// Mixer participation: addresses that pay, or are paid by, an address known to belong to a mixer (from tags, e.g.
/// TagPacks' mixer category or a Tornado Cash pool list). The mixer addresses themselves are not flagged. One flag per
/// counterparty, with every transaction it had with a mixer address.
/// </summary>
/// <remarks>
/// Evidence: those transactions; values <c>sent_to_mixer</c> and <c>received_from_mixer</c> (coins: the address's share
/// of the transaction's flow to or from the mixer addresses), <c>mixer_addresses</c> (distinct) and <c>transactions</c>.
/// </remarks>
public sealed class MixerParticipationDetector : IPatternDetector
{
    private readonly HashSet<string> _mixers;

    /// <summary>Creates the detector for <paramref name="mixerAddresses"/> (address text exactly as the dataset stores it).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="mixerAddresses"/> is null.</exception>
    public MixerParticipationDetector(IEnumerable<string> mixerAddresses)
    {
        ArgumentNullException.ThrowIfNull(mixerAddresses);
        _mixers = new HashSet<string>(mixerAddresses.Where(a => !string.IsNullOrEmpty(a)), StringComparer.Ordinal);
    }

    /// <inheritdoc />
    public string Pattern => PatternNames.MixerParticipation;

    /// <inheritdoc />
    public IReadOnlyList<PatternFlag> Detect(FlowGraph graph, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var mixerIds = new HashSet<int>();
        foreach (var mixer in _mixers)
        {
            if (graph.Addresses.TryGetId(mixer, out var id))
            {
                mixerIds.Add(id);
            }
        }

        if (mixerIds.Count == 0)
        {
            return [];
        }

        var g = GraphArrays.Of(graph);
        var touched = new SortedDictionary<int, Exposure>();
        var txs = new SortedSet<int>();
        foreach (var mixer in mixerIds.Order())
        {
            cancellationToken.ThrowIfCancellationRequested();
            txs.Clear();
            foreach (var leg in graph.ReceiptsOf(mixer))
            {
                txs.Add(g.OutTx[leg]);
            }

            foreach (var leg in graph.SpendsOf(mixer))
            {
                txs.Add(g.InTx[leg]);
            }

            foreach (var tx in txs)
            {
                if (g.IsNativeTransfer(tx))
                {
                    Tally(g, tx, mixer, mixerIds, touched);
                }
            }
        }

        return touched.Select(t => Flag(t.Key, t.Value)).ToList();
    }

    private static void Tally(GraphArrays g, int tx, int mixer, HashSet<int> mixers, SortedDictionary<int, Exposure> touched)
    {
        double inTotal = 0;
        double toMixer = 0;
        for (var leg = g.TxInStart[tx]; leg < g.TxInStart[tx + 1]; leg++)
        {
            inTotal += g.InValue[leg];
        }

        for (var leg = g.TxOutStart[tx]; leg < g.TxOutStart[tx + 1]; leg++)
        {
            toMixer += g.OutAddress[leg] == mixer ? g.OutValue[leg] : 0;
        }

        for (var leg = g.TxInStart[tx]; leg < g.TxInStart[tx + 1]; leg++)
        {
            var a = g.InAddress[leg];
            if (a >= 0 && !mixers.Contains(a) && toMixer > 0 && inTotal > 0)
            {
                var t = Get(touched, a);
                t.SentToMixer += toMixer * g.InValue[leg] / inTotal;
                t.Mixers.Add(mixer);
                t.Transactions.Add(tx);
            }
        }

        if (!AddressFlows.Spends(g, mixer, tx))
        {
            return;
        }

        for (var leg = g.TxOutStart[tx]; leg < g.TxOutStart[tx + 1]; leg++)
        {
            var a = g.OutAddress[leg];
            if (a >= 0 && !mixers.Contains(a))
            {
                var t = Get(touched, a);
                t.ReceivedFromMixer += g.OutValue[leg];
                t.Mixers.Add(mixer);
                t.Transactions.Add(tx);
            }
        }
    }

    private static Exposure Get(SortedDictionary<int, Exposure> touched, int address)
    {
        if (!touched.TryGetValue(address, out var tally))
        {
            touched[address] = tally = new Exposure();
        }

        return tally;
    }

    private static PatternFlag Flag(int address, Exposure t) => new(
        PatternNames.MixerParticipation,
        [address],
        [.. t.Transactions],
        [
            new("sent_to_mixer", t.SentToMixer),
            new("received_from_mixer", t.ReceivedFromMixer),
            new("mixer_addresses", t.Mixers.Count),
            new("transactions", t.Transactions.Count),
        ],
        string.Create(
            CultureInfo.InvariantCulture,
            $"Sent {t.SentToMixer:G8} coins to and received {t.ReceivedFromMixer:G8} coins from {t.Mixers.Count} known mixer address(es) in {t.Transactions.Count} transaction(s)."));

    private sealed class Exposure
    {
        public double SentToMixer { get; set; }

        public double ReceivedFromMixer { get; set; }

        public HashSet<int> Mixers { get; } = [];

        public SortedSet<int> Transactions { get; } = [];
    }
}
