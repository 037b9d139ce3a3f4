using System.Globalization;
using ChainTrace.Core;
using ChainTrace.Ethereum.Source;
using ChainTrace.Storage;

namespace ChainTrace.Ingest.Ethereum;

/// <summary>
/// Finds the fork point after a parent-hash mismatch: walks down from the mismatch comparing our hashes (the
/// in-memory history, else the dataset's <c>blocks</c> table) with the node's, in growing batches, and returns the
/// highest block both chains share.
/// </summary>
internal sealed class ForkFinder(EthereumRpcSource source, Dataset dataset, BlockHashHistory history, int maxDepth)
{
    /// <summary>The highest common block at or below <paramref name="from"/>, or null when none exists down to <paramref name="floor"/>.</summary>
    /// <exception cref="ChainDataException">The fork is deeper than the configured maximum.</exception>
    public async Task<(long Height, string Hash)?> FindAsync(long from, long floor, CancellationToken cancellationToken)
    {
        var high = from;
        var chunk = 16;
        Dictionary<long, string>? stored = null;
        while (high >= floor)
        {
            var low = Math.Max(floor, high - chunk + 1);
            if (from - low >= maxDepth)
            {
                throw new ChainDataException(
                    string.Create(CultureInfo.InvariantCulture, $"The node's chain forks from the ingested one more than {maxDepth} blocks below block {from + 1}; this is beyond the reorganisation depth the ingest repairs (re-ingest into a new dataset, or raise the limit)"),
                    new DataLocation(Height: from + 1, Source: source.Endpoint));
            }

            var theirs = await source.GetBlockHashesAsync(low, (int)(high - low + 1), cancellationToken);
            for (var height = high; height >= low; height--)
            {
                var ours = history.HashAt(height);
                if (ours is null)
                {
                    stored ??= ReadStoredHashes(floor, from);
                    ours = stored.GetValueOrDefault(height);
                }

                if (ours is not null && string.Equals(ours, theirs[height - low], StringComparison.OrdinalIgnoreCase))
                {
                    return (height, ours);
                }
            }

            high = low - 1;
            chunk = Math.Min(chunk * 4, 1024);
        }

        return null;
    }

    private Dictionary<long, string> ReadStoredHashes(long floor, long from)
    {
        var low = Math.Max(floor, from - maxDepth);
        using var query = DatasetQuery.Open(dataset.Path);
        var result = query.Execute(string.Create(
            CultureInfo.InvariantCulture, $"SELECT number, hash FROM blocks WHERE number BETWEEN {low} AND {from}"));
        var hashes = new Dictionary<long, string>();
        foreach (var row in result.Rows)
        {
            if (row[0] is not null && row[1] is string hash)
            {
                hashes[Convert.ToInt64(row[0], CultureInfo.InvariantCulture)] = hash;
            }
        }

        return hashes;
    }
}
