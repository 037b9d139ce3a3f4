namespace ChainTrace.Cases;

/// <summary>The one row order every export uses, so that exports never depend on the order the caller filled lists in.</summary>
internal static class CaseOrdering
{
    /// <summary>Totals by asset id.</summary>
    public static List<CaseTotals> Totals(CaseResult result) =>
        [.. result.Totals.OrderBy(row => row.Asset, StringComparer.Ordinal)];

    /// <summary>Exits by amount (largest first), then address, asset, entity; each exit's txids sorted.</summary>
    public static List<CaseExit> Exits(CaseResult result) =>
    [
        .. result.Exits
            .Select(exit => exit with { TxIds = [.. exit.TxIds.Order(StringComparer.Ordinal)] })
            .OrderByDescending(exit => exit.Amount)
            .ThenBy(exit => exit.Address, StringComparer.Ordinal)
            .ThenBy(exit => exit.Asset, StringComparer.Ordinal)
            .ThenBy(exit => exit.Entity ?? string.Empty, StringComparer.Ordinal)
            .ThenBy(exit => exit.Category ?? string.Empty, StringComparer.Ordinal)
            .ThenBy(exit => exit.Hops),
    ];

    /// <summary>Exposure rows by category, direction, asset.</summary>
    public static List<CaseExposure> Exposure(CaseResult result) =>
    [
        .. result.Exposure
            .OrderBy(row => row.Category, StringComparer.Ordinal)
            .ThenBy(row => row.Direction)
            .ThenBy(row => row.Asset, StringComparer.Ordinal)
            .ThenBy(row => row.Direct)
            .ThenBy(row => row.Indirect),
    ];

    /// <summary>Flags by score (highest first), then address; patterns sorted; evidence by kind, reference, value.</summary>
    public static List<CaseFlag> Flags(CaseResult result) =>
    [
        .. result.Flags
            .Select(flag => new CaseFlag(
                flag.Address,
                flag.Score,
                [.. flag.Patterns.Order(StringComparer.Ordinal)],
                [.. flag.Evidence.OrderBy(e => e.Kind, StringComparer.Ordinal).ThenBy(e => e.Reference, StringComparer.Ordinal).ThenBy(e => e.Value, StringComparer.Ordinal)]))
            .OrderByDescending(flag => flag.Score)
            .ThenBy(flag => flag.Address, StringComparer.Ordinal)
            .ThenBy(flag => string.Join('\n', flag.Patterns), StringComparer.Ordinal)
            .ThenBy(flag => string.Join('\n', flag.Evidence.Select(e => $"{e.Kind}\t{e.Reference}\t{e.Value}")), StringComparer.Ordinal),
    ];

    /// <summary>Inputs by role, name, hash.</summary>
    public static List<CaseInputFile> Inputs(IEnumerable<CaseInputFile> inputs) =>
    [
        .. inputs
            .OrderBy(input => input.Role, StringComparer.Ordinal)
            .ThenBy(input => input.Name, StringComparer.Ordinal)
            .ThenBy(input => input.Sha256, StringComparer.Ordinal)
            .ThenBy(input => input.Size),
    ];

    /// <summary>Extra parameters and other name/value maps by name.</summary>
    public static List<KeyValuePair<string, string>> ByKey(IReadOnlyDictionary<string, string> map) =>
        [.. map.OrderBy(pair => pair.Key, StringComparer.Ordinal)];
}
