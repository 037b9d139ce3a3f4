namespace ChainTrace.Detection;

/// <summary>
/// One laundering pattern a detector found, with everything an investigator needs to check it: the addresses it is
/// about, the transactions that show it and the measured facts.
/// </summary>
/// <param name="Pattern">The pattern name (one of <see cref="PatternNames"/>).</param>
/// <param name="Addresses">The addresses the flag is about (address ids), distinct, ascending.</param>
/// <param name="Transactions">The transaction nodes that show the pattern, in chronological order.</param>
/// <param name="Values">The measured facts (counts, amounts in coin units, shares, seconds).</param>
/// <param name="Summary">One sentence that states the finding.</param>
public sealed record PatternFlag(
    string Pattern,
    IReadOnlyList<int> Addresses,
    IReadOnlyList<int> Transactions,
    IReadOnlyList<EvidenceValue> Values,
    string Summary);
