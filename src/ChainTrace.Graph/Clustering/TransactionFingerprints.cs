using System.Globalization;
using ChainTrace.Core;
using ChainTrace.Storage;

namespace ChainTrace.Graph.Clustering;

/// <summary>
/// The <see cref="WalletFingerprint"/> of every transaction node of a Bitcoin graph (unknown for coinbases and nodes
/// not set). The flow graph does not carry versions, lock times or sequences; <see cref="Load"/> reads them from the
/// dataset, and tests fill them with <see cref="Set"/>. Not thread-safe while being filled; read-only use is.
/// </summary>
public sealed class TransactionFingerprints
{
    private readonly int[] _version;
    private readonly byte[] _lockTime;
    private readonly byte[] _sequence;
    private readonly bool[] _known;

    /// <summary>Creates an empty table (every fingerprint unknown) for <paramref name="transactionCount"/> nodes.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="transactionCount"/> is negative.</exception>
    public TransactionFingerprints(int transactionCount)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(transactionCount);
        _version = new int[transactionCount];
        _lockTime = new byte[transactionCount];
        _sequence = new byte[transactionCount];
        _known = new bool[transactionCount];
    }

    /// <summary>Number of transaction nodes covered.</summary>
    public int Count => _version.Length;

    /// <summary>Number of nodes whose fingerprint is known.</summary>
    public int KnownCount { get; private set; }

    /// <summary>Sets the fingerprint of node <paramref name="transaction"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="transaction"/> is not in 0…Count-1.</exception>
    public void Set(int transaction, WalletFingerprint fingerprint)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(transaction);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(transaction, Count);
        KnownCount += _known[transaction] ? 0 : 1;
        _known[transaction] = true;
        _version[transaction] = fingerprint.Version;
        _lockTime[transaction] = (byte)fingerprint.LockTime;
        _sequence[transaction] = (byte)fingerprint.Sequence;
    }

    /// <summary>The fingerprint of node <paramref name="transaction"/>, when known.</summary>
    public bool TryGet(int transaction, out WalletFingerprint fingerprint)
    {
        if (transaction < 0 || transaction >= Count || !_known[transaction])
        {
            fingerprint = default;
            return false;
        }

        fingerprint = new WalletFingerprint(_version[transaction], (LockTimeStyle)_lockTime[transaction], (SequenceStyle)_sequence[transaction]);
        return true;
    }

    /// <summary>
    /// Reads version, lock time and input sequences of every non-coinbase transaction of <paramref name="graph"/> from the
    /// Bitcoin dataset it was loaded from (the transactions and inputs tables, over the graph's block range).
    /// </summary>
    /// <param name="datasetPath">The dataset folder the graph was loaded from.</param>
    /// <param name="graph">The graph (its transactions are matched by block and position).</param>
    /// <param name="cancellationToken">Checked every 65,536 rows.</param>
    /// <exception cref="ArgumentException">An empty path, or <paramref name="graph"/> is not a Bitcoin graph.</exception>
    /// <exception cref="FileNotFoundException">No dataset there.</exception>
    /// <exception cref="DatasetQueryException">DuckDB failed to read the dataset.</exception>
    public static TransactionFingerprints Load(string datasetPath, FlowGraph graph, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(datasetPath);
        ArgumentNullException.ThrowIfNull(graph);
        if (graph.Chain != ChainKind.Bitcoin)
        {
            throw new ArgumentException("Wallet fingerprints exist only for Bitcoin graphs.", nameof(graph));
        }

        var fingerprints = new TransactionFingerprints(graph.TransactionCount);
        if (graph.TransactionCount == 0)
        {
            return fingerprints;
        }

        var from = graph.Transaction(0).Block;
        var to = graph.Transaction(graph.TransactionCount - 1).Block;
        using var query = DatasetQuery.Open(datasetPath);
        using var cursor = query.Cursor(string.Create(CultureInfo.InvariantCulture, $"""
            SELECT t.block_number, t."index", t.version, t.lock_time, min(i.sequence), max(i.sequence)
            FROM transactions AS t JOIN inputs AS i ON i.transaction_hash = t.hash AND i.block_number = t.block_number
            WHERE t.block_number BETWEEN {from} AND {to} AND NOT t.is_coinbase
            GROUP BY t.block_number, t."index", t.version, t.lock_time
            ORDER BY t.block_number, t."index"
            """));
        var tx = 0;
        var rows = 0;
        while (cursor.Read())
        {
            if ((rows++ & 0xFFFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var block = cursor.GetInt64(0);
            var position = cursor.GetInt32(1);
            while (tx < graph.TransactionCount && Compare(graph.Transaction(tx), block, position) < 0)
            {
                tx++;
            }

            if (tx < graph.TransactionCount && Compare(graph.Transaction(tx), block, position) == 0)
            {
                fingerprints.Set(tx, WalletFingerprint.Of(cursor.GetInt32(2), cursor.GetInt64(3), cursor.GetInt64(4), cursor.GetInt64(5), block));
            }
        }

        return fingerprints;
    }

    private static int Compare(FlowTransaction tx, long block, int position) => ((long)tx.Block, tx.Position).CompareTo((block, position));
}
