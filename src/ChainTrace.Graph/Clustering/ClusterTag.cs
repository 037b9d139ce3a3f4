namespace ChainTrace.Graph.Clustering;

/// <summary>A tag on an address, as input to <see cref="ClusterTagPropagation"/>.</summary>
/// <param name="Label">The entity name (e.g. an exchange, a ransomware family).</param>
/// <param name="Category">The actor category (e.g. exchange, ransomware, mixing_service).</param>
public sealed record ClusterTag(string Label, string Category);
