using System.Globalization;
using System.Text;

namespace ChainTrace.Graph.Clustering;

/// <summary>
/// The answer to "why are A and B in one cluster": the chain of evidence from A to B in the evidence forest, or the
/// statement that they are not linked. <see cref="ToString"/> prints it as
/// <c>A —[multi-input tx X at block H]→ B —[change: fresh address, confidence 0.60, tx Y at block H]→ C</c>.
/// </summary>
public sealed class ClusterLink
{
    internal ClusterLink(string from, string to, int fromCluster, int toCluster, int fromSize, int toSize, IReadOnlyList<EvidenceHop>? hops)
    {
        From = from;
        To = to;
        FromCluster = fromCluster;
        ToCluster = toCluster;
        FromClusterSize = fromSize;
        ToClusterSize = toSize;
        Hops = hops ?? [];
        Linked = hops is not null;
    }

    /// <summary>The first address.</summary>
    public string From { get; }

    /// <summary>The second address.</summary>
    public string To { get; }

    /// <summary>True when both addresses are in one cluster; <see cref="Hops"/> then link them.</summary>
    public bool Linked { get; }

    /// <summary>The cluster id of <see cref="From"/>.</summary>
    public int FromCluster { get; }

    /// <summary>The cluster id of <see cref="To"/>.</summary>
    public int ToCluster { get; }

    /// <summary>Addresses in <see cref="From"/>'s cluster.</summary>
    public int FromClusterSize { get; }

    /// <summary>Addresses in <see cref="To"/>'s cluster.</summary>
    public int ToClusterSize { get; }

    /// <summary>The hops from <see cref="From"/> to <see cref="To"/> (empty when not linked, or when both are the same address).</summary>
    public IReadOnlyList<EvidenceHop> Hops { get; }

    /// <summary>The chain of evidence as one line, or a sentence saying the addresses are not linked.</summary>
    public override string ToString()
    {
        if (!Linked)
        {
            return string.Create(CultureInfo.InvariantCulture, $"{From} and {To} are not linked: {From} is in cluster {FromCluster} ({Addresses(FromClusterSize)}), {To} in cluster {ToCluster} ({Addresses(ToClusterSize)}).");
        }

        if (Hops.Count == 0)
        {
            return string.Create(CultureInfo.InvariantCulture, $"{From} and {To} are the same address (cluster {FromCluster}).");
        }

        var text = new StringBuilder(From);
        foreach (var hop in Hops)
        {
            text.Append(" —[").Append(hop.Label).Append("]→ ").Append(hop.To);
        }

        return text.ToString();
    }

    private static string Addresses(int count) => count == 1 ? "1 address" : string.Create(CultureInfo.InvariantCulture, $"{count} addresses");
}
