using System.Numerics;

namespace ChainTrace.Cases;

/// <summary>
/// A node of a case's flow graph. Hops count transactions away from a seed: a seed address has hop 0, a transaction
/// has the hop of the addresses it spends from (a seed transaction 0), and the addresses it pays have its hop + 1.
/// The drawing puts addresses of hop h in column 2h and transactions of hop h in column 2h + 1.
/// </summary>
public sealed record CaseNode
{
    /// <summary>Attribute names a node's <see cref="Attributes"/> may not use (they are the fixed export columns).</summary>
    public static IReadOnlySet<string> ReservedAttributeNames { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "id", "kind", "name", "label", "category", "hop", "seed", "asset", "tainted", "value", "time", "txid",
    };

    /// <summary>Creates a node.</summary>
    /// <param name="id">Stable unique id, e.g. <c>a:ADDRESS</c> or <c>t:TXID</c> (see <see cref="ForAddress"/>).</param>
    /// <param name="kind">Address or transaction.</param>
    /// <param name="name">The address or transaction hash exactly as stored in the dataset.</param>
    /// <param name="hop">Hops from the nearest seed (≥ 0).</param>
    /// <param name="tainted">Tainted amount at this node in base units of <paramref name="asset"/> (≥ 0).</param>
    /// <param name="asset">The asset id of <paramref name="tainted"/> (<c>BTC</c>, <c>ETH</c>, a token contract).</param>
    /// <exception cref="ArgumentException">An id, name or asset is empty, or an attribute uses a reserved name.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="hop"/> or <paramref name="tainted"/> is negative.</exception>
    public CaseNode(string id, CaseNodeKind kind, string name, int hop, BigInteger tainted, string asset)
    {
        ArgumentException.ThrowIfNullOrEmpty(id);
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentException.ThrowIfNullOrEmpty(asset);
        ArgumentOutOfRangeException.ThrowIfNegative(hop);
        if (tainted.Sign < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(tainted), tainted, "A tainted amount cannot be negative.");
        }

        Id = id;
        Kind = kind;
        Name = name;
        Hop = hop;
        Tainted = tainted;
        Asset = asset;
    }

    /// <summary>Stable unique id within the graph.</summary>
    public string Id { get; }

    /// <summary>Address or transaction.</summary>
    public CaseNodeKind Kind { get; }

    /// <summary>The address or transaction hash as stored in the dataset.</summary>
    public string Name { get; }

    /// <summary>Hops from the nearest seed.</summary>
    public int Hop { get; }

    /// <summary>Tainted amount at the node, base units of <see cref="Asset"/>.</summary>
    public BigInteger Tainted { get; }

    /// <summary>Asset id of <see cref="Tainted"/>.</summary>
    public string Asset { get; }

    /// <summary>Who the address belongs to, from tags (e.g. <c>Binance</c>), or null.</summary>
    public string? Label { get; init; }

    /// <summary>The tag category (e.g. <c>exchange</c>), or null when untagged.</summary>
    public string? Category { get; init; }

    /// <summary>True for a seed of the case.</summary>
    public bool IsSeed { get; init; }

    /// <summary>
    /// Further attributes (exported as extra GraphML/GEXF columns, sorted by name). Names must not be in
    /// <see cref="ReservedAttributeNames"/>. Default empty.
    /// </summary>
    /// <exception cref="ArgumentException">A name is reserved or empty.</exception>
    public IReadOnlyDictionary<string, string> Attributes
    {
        get;
        init
        {
            ArgumentNullException.ThrowIfNull(value);
            foreach (var name in value.Keys)
            {
                if (string.IsNullOrEmpty(name) || ReservedAttributeNames.Contains(name))
                {
                    throw new ArgumentException($"Attribute name '{name}' is empty or reserved.", nameof(value));
                }
            }

            field = value;
        }
    } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>The id of an address node: <c>a:</c> and the address.</summary>
    public static string AddressId(string address) => "a:" + address;

    /// <summary>The id of a transaction node: <c>t:</c> and the hash.</summary>
    public static string TransactionId(string txid) => "t:" + txid;

    /// <summary>An address node with id <see cref="AddressId"/>.</summary>
    /// <exception cref="ArgumentException">An argument is empty.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="hop"/> or <paramref name="tainted"/> is negative.</exception>
    public static CaseNode ForAddress(string address, int hop, BigInteger tainted, string asset) =>
        new(AddressId(address), CaseNodeKind.Address, address, hop, tainted, asset);

    /// <summary>A transaction node with id <see cref="TransactionId"/>.</summary>
    /// <exception cref="ArgumentException">An argument is empty.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="hop"/> or <paramref name="tainted"/> is negative.</exception>
    public static CaseNode ForTransaction(string txid, int hop, BigInteger tainted, string asset) =>
        new(TransactionId(txid), CaseNodeKind.Transaction, txid, hop, tainted, asset);
}
