namespace ChainTrace.Graph.Clustering;

/// <summary>The CoinJoin rounds and TX0s found in a graph, in transaction order, with a fast per-transaction lookup.</summary>
public sealed class CoinJoinScan
{
    private readonly ulong[] _rounds;
    private readonly int[] _transactions;

    internal CoinJoinScan(int transactionCount, List<CoinJoinDetection> detections)
    {
        Detections = detections;
        _rounds = new ulong[(transactionCount + 63) >> 6];
        _transactions = new int[detections.Count];
        for (var i = 0; i < detections.Count; i++)
        {
            var tx = detections[i].Transaction;
            _transactions[i] = tx;
            if (detections[i].Kind == CoinJoinKind.Round)
            {
                _rounds[tx >> 6] |= 1UL << (tx & 63);
                RoundCount++;
            }
        }
    }

    /// <summary>Every detection (rounds and TX0s), in transaction order.</summary>
    public IReadOnlyList<CoinJoinDetection> Detections { get; }

    /// <summary>Number of mixing rounds (detections of kind <see cref="CoinJoinKind.Round"/>).</summary>
    public int RoundCount { get; }

    /// <summary>True when transaction <paramref name="transaction"/> is a mixing round (excluded from multi-input merging).</summary>
    public bool IsRound(int transaction) =>
        transaction >= 0 && (transaction >> 6) < _rounds.Length && (_rounds[transaction >> 6] & (1UL << (transaction & 63))) != 0;

    /// <summary>The detection for <paramref name="transaction"/>, or null.</summary>
    public CoinJoinDetection? Find(int transaction)
    {
        var i = Array.BinarySearch(_transactions, transaction);
        return i >= 0 ? Detections[i] : null;
    }
}
