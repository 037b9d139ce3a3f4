using System.Globalization;

namespace ChainTrace.Detection;

/// <summary>A measured fact behind a pattern flag, e.g. <c>hops = 12</c> or <c>forwarded_share = 0.98</c>.</summary>
/// <param name="Name">What was measured (lowercase snake_case; amounts in coin units, durations in seconds).</param>
/// <param name="Value">The measured value.</param>
public sealed record EvidenceValue(string Name, double Value)
{
    /// <summary>Renders <c>name=value</c> with up to 8 significant digits, invariant culture.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Name}={Value:G8}");
}
