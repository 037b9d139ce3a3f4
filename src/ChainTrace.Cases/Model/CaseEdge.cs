using System.Numerics;

namespace ChainTrace.Cases;

/// <summary>
/// A value flow between two nodes of a <see cref="CaseGraph"/>: an address funding a transaction (an input) or a
/// transaction paying an address (an output); on Ethereum also address to address.
/// </summary>
public sealed record CaseEdge
{
    /// <summary>Creates an edge.</summary>
    /// <param name="source">Id of the node value leaves.</param>
    /// <param name="target">Id of the node value reaches.</param>
    /// <param name="asset">Asset id (<c>BTC</c>, <c>ETH</c>, a token contract address).</param>
    /// <param name="value">Amount moved, base units (≥ 0).</param>
    /// <param name="tainted">The tainted part of <paramref name="value"/>, base units (0 ≤ tainted ≤ value).</param>
    /// <param name="time">Block time of the transaction.</param>
    /// <param name="txId">The transaction hash as stored in the dataset.</param>
    /// <param name="hop">The hop of the transaction (see <see cref="CaseNode"/>).</param>
    /// <exception cref="ArgumentException">An id, asset or transaction is empty.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An amount is negative, tainted exceeds value, or hop is negative.</exception>
    public CaseEdge(string source, string target, string asset, BigInteger value, BigInteger tainted, DateTimeOffset time, string txId, int hop)
    {
        ArgumentException.ThrowIfNullOrEmpty(source);
        ArgumentException.ThrowIfNullOrEmpty(target);
        ArgumentException.ThrowIfNullOrEmpty(asset);
        ArgumentException.ThrowIfNullOrEmpty(txId);
        ArgumentOutOfRangeException.ThrowIfNegative(hop);
        if (value.Sign < 0 || tainted.Sign < 0 || tainted > value)
        {
            throw new ArgumentOutOfRangeException(nameof(tainted), tainted, "Amounts must satisfy 0 <= tainted <= value.");
        }

        Source = source;
        Target = target;
        Asset = asset;
        Value = value;
        Tainted = tainted;
        Time = time;
        TxId = txId;
        Hop = hop;
    }

    /// <summary>Id of the node value leaves.</summary>
    public string Source { get; }

    /// <summary>Id of the node value reaches.</summary>
    public string Target { get; }

    /// <summary>Asset id.</summary>
    public string Asset { get; }

    /// <summary>Amount moved, base units.</summary>
    public BigInteger Value { get; }

    /// <summary>Tainted part of <see cref="Value"/>, base units.</summary>
    public BigInteger Tainted { get; }

    /// <summary>Block time.</summary>
    public DateTimeOffset Time { get; }

    /// <summary>Transaction hash.</summary>
    public string TxId { get; }

    /// <summary>Hop of the transaction.</summary>
    public int Hop { get; }
}
