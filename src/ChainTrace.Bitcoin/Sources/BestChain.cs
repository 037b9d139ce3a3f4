using ChainTrace.Core;

namespace ChainTrace.Bitcoin.Sources;

/// <summary>
/// The best chain through an index of blocks: from the genesis block along previous-block links to the tip with the
/// most accumulated work. Ties in work go to the tip indexed first (lowest file number, then offset), like Core
/// keeping the block it received first.
/// </summary>
internal sealed class BestChain
{
    private readonly int[] _entryByHeight;

    private BestChain(int[] entryByHeight, int reachable)
    {
        _entryByHeight = entryByHeight;
        ReachableCount = reachable;
    }

    /// <summary>Number of blocks on the chain (tip height + 1).</summary>
    public int Length => _entryByHeight.Length;

    /// <summary>Number of indexed blocks that descend from the genesis block (chain plus stale branches).</summary>
    public int ReachableCount { get; }

    /// <summary>The index entry of the block at <paramref name="height"/>.</summary>
    public int EntryAt(long height) => _entryByHeight[height];

    /// <summary>
    /// Builds the best chain. The genesis is the network's well-known genesis block when indexed, otherwise the single
    /// indexed block whose previous hash is zero.
    /// </summary>
    /// <exception cref="ChainDataException">No genesis block, or several candidates, are indexed.</exception>
    public static BestChain Build(
        IReadOnlyList<BlockIndexEntry> entries, IReadOnlyDictionary<Hash256, int> byHash, BitcoinNetwork network, string directory)
    {
        var genesis = FindGenesis(entries, byHash, network, directory);
        var count = entries.Count;

        // Children as singly linked lists over arrays: no per-block allocation.
        var firstChild = new int[count];
        var nextSibling = new int[count];
        Array.Fill(firstChild, -1);
        Array.Fill(nextSibling, -1);
        for (var i = count - 1; i >= 0; i--)
        {
            if (i != genesis && byHash.TryGetValue(entries[i].PreviousBlockHash, out var parent) && parent != i)
            {
                nextSibling[i] = firstChild[parent];
                firstChild[parent] = i;
            }
        }

        var work = new UInt128[count];
        var height = new int[count];
        var parentOf = new int[count];
        var workByBits = new Dictionary<uint, UInt128>();
        var best = genesis;
        var reachable = 0;
        var stack = new Stack<int>();
        work[genesis] = BlockWork(entries[genesis].Bits, workByBits);
        parentOf[genesis] = -1;
        stack.Push(genesis);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            reachable++;
            if (work[node] > work[best] || (work[node] == work[best] && node < best))
            {
                best = node;
            }

            for (var child = firstChild[node]; child >= 0; child = nextSibling[child])
            {
                var sum = work[node] + BlockWork(entries[child].Bits, workByBits);
                work[child] = sum < work[node] ? UInt128.MaxValue : sum;
                height[child] = height[node] + 1;
                parentOf[child] = node;
                stack.Push(child);
            }
        }

        var chain = new int[height[best] + 1];
        for (var node = best; node >= 0; node = parentOf[node])
        {
            chain[height[node]] = node;
        }

        return new BestChain(chain, reachable);
    }

    private static int FindGenesis(
        IReadOnlyList<BlockIndexEntry> entries, IReadOnlyDictionary<Hash256, int> byHash, BitcoinNetwork network, string directory)
    {
        if (byHash.TryGetValue(GenesisHashes.Of(network), out var known))
        {
            return known;
        }

        var found = -1;
        for (var i = 0; i < entries.Count; i++)
        {
            if (!entries[i].PreviousBlockHash.IsZero)
            {
                continue;
            }

            if (found >= 0)
            {
                throw new ChainDataException(
                    $"Several blocks claim to be the genesis (zero previous-block hash), {entries[found].Hash.ToReversedHex()} and {entries[i].Hash.ToReversedHex()}, and neither is the {network.Name} genesis.",
                    new DataLocation(File: directory));
            }

            found = i;
        }

        return found >= 0
            ? found
            : throw new ChainDataException(
                $"No genesis block found: neither the {network.Name} genesis {GenesisHashes.Of(network).ToReversedHex()} nor a block with a zero previous-block hash is in the blk files (is this a pruned node's folder?).",
                new DataLocation(File: directory));
    }

    private static UInt128 BlockWork(uint bits, Dictionary<uint, UInt128> cache)
    {
        if (!cache.TryGetValue(bits, out var work))
        {
            work = CompactTarget.Work(bits);
            cache[bits] = work;
        }

        return work;
    }
}
