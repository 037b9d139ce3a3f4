using ChainTrace.Storage;

namespace ChainTrace.Detection;

/// <summary>
/// The <c>flags</c> derived table: one row per flagged address (see <see cref="FlagRow"/>), written whole beside the
/// chain tables with <see cref="Dataset.WriteTableAsync{TRow}"/> and queryable as the <c>flags</c> view.
/// </summary>
public static class FlagsTable
{
    /// <summary>The table name, <c>flags</c>.</summary>
    public const string Name = "flags";

    /// <summary>
    /// The schema: <c>address</c> (string), <c>score</c> (double), <c>is_flagged</c> (boolean), <c>patterns</c>,
    /// <c>top_features</c>, <c>evidence_txids</c>, <c>pattern_evidence</c> (strings).
    /// </summary>
    public static TableSchema<FlagRow> Schema { get; } = new TableSchemaBuilder<FlagRow>(Name)
        .String("address", r => r.Address)
        .Double("score", r => r.Score)
        .Boolean("is_flagged", r => r.IsFlagged)
        .String("patterns", r => r.Patterns)
        .String("top_features", r => r.TopFeatures)
        .String("evidence_txids", r => r.EvidenceTxids)
        .String("pattern_evidence", r => r.PatternEvidence)
        .ReadWith(v => new FlagRow(v.GetString(0), v.GetDouble(1), v.GetBoolean(2), v.GetString(3), v.GetString(4), v.GetString(5), v.GetString(6)))
        .Build();

    /// <summary>Replaces the dataset's <c>flags</c> table with <paramref name="rows"/>.</summary>
    /// <param name="dataset">The dataset, open for writing.</param>
    /// <param name="rows">The rows (e.g. <see cref="FlagReport.Rows"/>).</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="InvalidOperationException">The dataset is read-only or disposed.</exception>
    public static Task WriteAsync(Dataset dataset, IEnumerable<FlagRow> rows, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(rows);
        return dataset.WriteTableAsync(Schema, rows, cancellationToken);
    }
}
