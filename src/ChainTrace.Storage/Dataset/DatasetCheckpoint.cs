namespace ChainTrace.Storage;

/// <summary>
/// The committed, contiguous block range of a dataset: every chain table holds exactly the rows of blocks
/// <see cref="FirstBlock"/> … <see cref="LastBlock"/>. An ingest resumes at <c>LastBlock + 1</c> and checks that the
/// next block's parent is <see cref="LastBlockHash"/>.
/// </summary>
/// <param name="FirstBlock">The first ingested height (inclusive, ≥ 0).</param>
/// <param name="LastBlock">The last ingested height (inclusive, ≥ <paramref name="FirstBlock"/>).</param>
/// <param name="LastBlockHash">The hash of block <paramref name="LastBlock"/> as the chain displays it (Bitcoin: reversed hex; Ethereum: 0x hex).</param>
public sealed record DatasetCheckpoint(long FirstBlock, long LastBlock, string LastBlockHash)
{
    /// <summary>The number of blocks in the range.</summary>
    public long BlockCount => LastBlock - FirstBlock + 1;

    /// <summary>Checks the invariants.</summary>
    /// <exception cref="ArgumentException">A negative height, <c>LastBlock &lt; FirstBlock</c>, or an empty hash.</exception>
    internal void Validate(string parameter)
    {
        if (FirstBlock < 0 || LastBlock < FirstBlock)
        {
            throw new ArgumentException(
                $"A checkpoint needs 0 ≤ FirstBlock ≤ LastBlock; got {FirstBlock} … {LastBlock}.", parameter);
        }

        if (string.IsNullOrWhiteSpace(LastBlockHash) || LastBlockHash.Length > 200)
        {
            throw new ArgumentException("A checkpoint needs the hash of its last block.", parameter);
        }
    }
}
