using System.Globalization;
using System.Text;

namespace ChainTrace.Graph.Paths;

/// <summary>A path between two addresses: its hops in path order (from <see cref="From"/> to <see cref="To"/>).</summary>
/// <param name="From">The address id the search started from.</param>
/// <param name="To">The address id searched for.</param>
/// <param name="Hops">The hops; empty when <paramref name="From"/> equals <paramref name="To"/>.</param>
public sealed record FlowPath(int From, int To, IReadOnlyList<PathHop> Hops)
{
    /// <summary>Number of hops.</summary>
    public int Length => Hops.Count;

    /// <summary>The smallest hop <see cref="PathHop.Amount"/> (base units): at most this much can have moved end to end; 0 for an empty path.</summary>
    public UInt128 Bottleneck => Hops.Count == 0 ? UInt128.Zero : Hops.Min(h => h.Amount);

    /// <summary>The addresses along the path, in path order (ids).</summary>
    public IReadOnlyList<int> Addresses => [From, .. Hops.Select(h => h.To)];

    /// <summary>One line per hop: <c>from -> to  block  txid  amount</c> (base units; <c>&lt;-</c> for a reversed hop).</summary>
    public override string ToString()
    {
        var text = new StringBuilder();
        foreach (var hop in Hops)
        {
            text.Append(CultureInfo.InvariantCulture, $"{hop.FromAddress} {(hop.Reversed ? "<-" : "->")} {hop.ToAddress}  block {hop.Block}  {hop.TransactionHash}  {hop.Amount}").AppendLine();
        }

        return text.ToString();
    }
}
