namespace ChainTrace.Detection;

/// <summary>One row of the <c>flags</c> table: an address the model or a pattern detector flagged, with its evidence.</summary>
/// <param name="Address">The address, exactly as the dataset stores it.</param>
/// <param name="Score">The model's calibrated probability that the address belongs to the positive class (0…1).</param>
/// <param name="IsFlagged">True when <paramref name="Score"/> is at or above the model's threshold.</param>
/// <param name="Patterns">The patterns found for the address, comma-separated and sorted (empty when none).</param>
/// <param name="TopFeatures">
/// The features that raised the score most, largest first, as <c>name=value</c> pairs separated by <c>; </c>
/// (values in the units of <see cref="AddressFeatureNames"/>).
/// </param>
/// <param name="EvidenceTxids">
/// Transaction ids behind the flag, comma-separated: those of the pattern flags, else the address's own transactions
/// (earliest first), at most the configured number.
/// </param>
/// <param name="PatternEvidence">Each pattern's summary sentence and measured values, separated by <c> | </c> (empty when none).</param>
public sealed record FlagRow(
    string Address,
    double Score,
    bool IsFlagged,
    string Patterns,
    string TopFeatures,
    string EvidenceTxids,
    string PatternEvidence);
