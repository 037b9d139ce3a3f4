using QuikGraph;

namespace ChainTrace.Graph.Adapters;

/// <summary>
/// An edge of <see cref="AddressGraphAdapter"/>: a transaction's input leg from <see cref="Source"/> paired with one
/// of its output legs to <see cref="Target"/> — "Source paid into a transaction that paid Target", the
/// address → transaction → address step collapsed into one hop. Vertices are address ids.
/// </summary>
/// <param name="Source">The paying address id (the input leg's address).</param>
/// <param name="Target">The paid address id (the output leg's address).</param>
/// <param name="Transaction">The transaction node both legs belong to.</param>
/// <param name="InputLeg">The input leg id.</param>
/// <param name="OutputLeg">The output leg id; its value is the amount the hop moved to <paramref name="Target"/>.</param>
public readonly record struct AddressFlowEdge(int Source, int Target, int Transaction, int InputLeg, int OutputLeg) : IEdge<int>;
