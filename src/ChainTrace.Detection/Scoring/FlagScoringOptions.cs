namespace ChainTrace.Detection;

/// <summary>Settings of <see cref="FlagScorer"/>.</summary>
public sealed record FlagScoringOptions
{
    /// <summary>The pattern detectors to run; default null = <see cref="PatternDetectors.Default"/> (no mixer list).</summary>
    public IReadOnlyList<IPatternDetector>? Detectors { get; init; }

    /// <summary>Feature settings; must match those the model was trained with. Default <see cref="AddressFeatureOptions.Default"/>.</summary>
    public AddressFeatureOptions Features { get; init; } = AddressFeatureOptions.Default;

    /// <summary>Features listed per flagged address in <see cref="FlagRow.TopFeatures"/>; default 5, at least 1.</summary>
    public int TopFeatures { get; init; } = 5;

    /// <summary>Most transaction ids in <see cref="FlagRow.EvidenceTxids"/>; default 50, at least 1.</summary>
    public int MaximumEvidenceTransactions { get; init; } = 50;

    /// <summary>When true, every address gets a row (scores for all); default false: only flagged addresses.</summary>
    public bool IncludeUnflagged { get; init; }

    /// <summary>Checks the settings.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A limit is below 1.</exception>
    /// <exception cref="ArgumentNullException"><see cref="Features"/> is null.</exception>
    public void Validate()
    {
        ArgumentNullException.ThrowIfNull(Features, nameof(Features));
        Features.Validate();
        ArgumentOutOfRangeException.ThrowIfLessThan(TopFeatures, 1, nameof(TopFeatures));
        ArgumentOutOfRangeException.ThrowIfLessThan(MaximumEvidenceTransactions, 1, nameof(MaximumEvidenceTransactions));
    }
}
