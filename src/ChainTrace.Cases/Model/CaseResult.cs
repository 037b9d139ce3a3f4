namespace ChainTrace.Cases;

/// <summary>
/// The answer of a case run, neutral of the tracing engine: what was asked, with which parameters, the summary, exits,
/// exposure, flags, provenance and warnings. Together with a <see cref="CaseGraph"/> it is what
/// <see cref="CaseBundleWriter"/> exports.
/// </summary>
public sealed record CaseResult
{
    /// <summary>The case as its file states it.</summary>
    public required CaseDefinition Definition { get; init; }

    /// <summary>The parameters the run used.</summary>
    public required CaseParameters Parameters { get; init; }

    /// <summary>Assets with their decimals, for showing amounts (BTC and ETH are known without being listed). Default none.</summary>
    public IReadOnlyList<CaseAsset> Assets { get; init; } = [];

    /// <summary>Summary figures per asset. Default none.</summary>
    public IReadOnlyList<CaseTotals> Totals { get; init; } = [];

    /// <summary>The exits table. Default empty.</summary>
    public IReadOnlyList<CaseExit> Exits { get; init; } = [];

    /// <summary>The exposure table. Default empty.</summary>
    public IReadOnlyList<CaseExposure> Exposure { get; init; } = [];

    /// <summary>Flagged addresses with evidence. Default none.</summary>
    public IReadOnlyList<CaseFlag> Flags { get; init; } = [];

    /// <summary>Dataset, tool and inputs.</summary>
    public required CaseProvenance Provenance { get; init; }

    /// <summary>Things the reader of the report must know (truncated trace, missing tags, …). Default none.</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];

    /// <summary>The asset with this id: from <see cref="Assets"/>, else BTC/ETH, else an asset of unknown decimals.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    public CaseAsset AssetOf(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        return Assets.FirstOrDefault(asset => asset.Id == id)
            ?? (id == CaseAsset.Bitcoin.Id ? CaseAsset.Bitcoin
                : id == CaseAsset.Ether.Id ? CaseAsset.Ether
                : new CaseAsset(id, id, null));
    }
}
