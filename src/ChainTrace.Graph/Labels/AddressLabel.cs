namespace ChainTrace.Graph;

/// <summary>What is known about an address: who it belongs to and what kind of actor that is.</summary>
/// <param name="Label">The entity's name (e.g. an exchange's name, a ransomware family).</param>
/// <param name="Category">The actor category (GraphSense taxonomy words: exchange, mixing_service, ransomware, …).</param>
/// <param name="Source">Where the label comes from (tag pack title, list name), for reports.</param>
public sealed record AddressLabel(string Label, string Category, string? Source = null);
