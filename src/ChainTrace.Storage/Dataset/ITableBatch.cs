namespace ChainTrace.Storage;

/// <summary>The rows of one table in a commit, with the schema that writes them.</summary>
internal interface ITableBatch
{
    /// <summary>The table.</summary>
    TableSchema Schema { get; }

    /// <summary>The number of rows.</summary>
    int Count { get; }

    /// <summary>
    /// Checks that every row's block lies in <paramref name="first"/> … <paramref name="last"/>; with
    /// <paramref name="everyBlockOnce"/> also that the rows are exactly one per block of that range, in order.
    /// </summary>
    /// <exception cref="ArgumentException">A row is outside the range (message names table and block).</exception>
    void ValidateBlocks(long first, long last, bool everyBlockOnce);

    /// <summary>Writes the rows to <paramref name="finalPath"/> atomically and returns the file size in bytes.</summary>
    Task<long> WriteAsync(string finalPath, DatasetOptions options, CancellationToken cancellationToken);
}
