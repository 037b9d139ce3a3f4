using ChainTrace.Graph.Tracing;

namespace ChainTrace.Graph.Exposure;

/// <summary>How much of an address's money went to (or came from) one category of entity.</summary>
/// <param name="Category">The entity category (from labels).</param>
/// <param name="Direction">Forward: sent to that category. Backward: received from it.</param>
/// <param name="Asset">Asset id.</param>
/// <param name="Direct">Amount moved in one hop (paid straight to, or received straight from, a labelled address).</param>
/// <param name="Indirect">Amount that reached it through two or more hops (by haircut tracing).</param>
/// <param name="Entities">Labels of the entities involved, sorted.</param>
public sealed record ExposureRow(string Category, TraceDirection Direction, int Asset, UInt128 Direct, UInt128 Indirect, IReadOnlyList<string> Entities)
{
    /// <summary>Direct plus indirect.</summary>
    public UInt128 Total => Direct + Indirect;
}
