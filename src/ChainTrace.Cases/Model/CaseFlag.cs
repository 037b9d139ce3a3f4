namespace ChainTrace.Cases;

/// <summary>An address a detector flagged, with its score, the patterns that fired and the evidence.</summary>
public sealed record CaseFlag
{
    /// <summary>Creates a flag.</summary>
    /// <param name="address">The flagged address as stored in the dataset.</param>
    /// <param name="score">The detector's score (finite; typically 0–1).</param>
    /// <param name="patterns">Names of the patterns that fired (exported sorted).</param>
    /// <param name="evidence">The evidence (exported sorted by kind, reference, value).</param>
    /// <exception cref="ArgumentException"><paramref name="address"/> is empty.</exception>
    /// <exception cref="ArgumentNullException">A list is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="score"/> is NaN or infinite.</exception>
    public CaseFlag(string address, double score, IReadOnlyList<string> patterns, IReadOnlyList<CaseEvidence> evidence)
    {
        ArgumentException.ThrowIfNullOrEmpty(address);
        ArgumentNullException.ThrowIfNull(patterns);
        ArgumentNullException.ThrowIfNull(evidence);
        if (!double.IsFinite(score))
        {
            throw new ArgumentOutOfRangeException(nameof(score), score, "A score must be a finite number.");
        }

        Address = address;
        Score = score;
        Patterns = patterns;
        Evidence = evidence;
    }

    /// <summary>The flagged address.</summary>
    public string Address { get; }

    /// <summary>The detector's score.</summary>
    public double Score { get; }

    /// <summary>Patterns that fired.</summary>
    public IReadOnlyList<string> Patterns { get; }

    /// <summary>Evidence items.</summary>
    public IReadOnlyList<CaseEvidence> Evidence { get; }
}
