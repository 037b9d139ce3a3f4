using ChainTrace.Graph;

namespace ChainTrace.Detection;

/// <summary>
/// A flow graph with labelled addresses: what training and evaluation read. Built by the loaders of public labelled
/// data (<see cref="XBlockPhishingDataset"/>, <see cref="PhishingAccountsDataset"/>) or by a caller from its own labels.
/// </summary>
/// <param name="Graph">The graph.</param>
/// <param name="Labels">The labelled addresses (address ids of <paramref name="Graph"/>), each once.</param>
/// <param name="TransferMultiplicity">
/// Per transaction node, how many chain transactions it stands for (aggregated edges, as in XBlock), or null when each
/// node is one transaction.
/// </param>
public sealed record LabelledGraph(FlowGraph Graph, IReadOnlyList<LabelledAddress> Labels, IReadOnlyList<int>? TransferMultiplicity)
{
    /// <summary>The labelled addresses on <paramref name="split"/>.</summary>
    public IReadOnlyList<LabelledAddress> On(DatasetSplit split) => Labels.Where(l => l.Split == split).ToList();
}
