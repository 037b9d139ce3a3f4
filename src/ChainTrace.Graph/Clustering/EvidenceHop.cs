using System.Globalization;

namespace ChainTrace.Graph.Clustering;

/// <summary>One hop of a chain of evidence: two addresses and the transaction and heuristic that link them.</summary>
/// <param name="From">The address the hop starts at (as stored in the dataset).</param>
/// <param name="To">The address the hop reaches.</param>
/// <param name="Heuristics">The heuristic(s) of the link.</param>
/// <param name="Confidence">Confidence of the link, 0…1.</param>
/// <param name="Transaction">The transaction node id.</param>
/// <param name="TransactionHash">The transaction hash as the dataset stores it.</param>
/// <param name="Block">The transaction's block height.</param>
public sealed record EvidenceHop(string From, string To, ClusteringHeuristic Heuristics, double Confidence, int Transaction, string TransactionHash, int Block)
{
    /// <summary>The bracketed link text, e.g. <c>multi-input tx ab12… at block 496</c>.</summary>
    public string Label
    {
        get
        {
            var where = string.Create(CultureInfo.InvariantCulture, $"tx {TransactionHash} at block {Block}");
            if (Heuristics == ClusteringHeuristic.MultiInput)
            {
                return "multi-input " + where;
            }

            var kind = (Heuristics & ClusteringHeuristic.AllChange) != 0 ? "change: " : string.Empty;
            return string.Create(CultureInfo.InvariantCulture, $"{kind}{ClusteringHeuristics.Describe(Heuristics)}, confidence {Confidence:0.00}, {where}");
        }
    }
}
