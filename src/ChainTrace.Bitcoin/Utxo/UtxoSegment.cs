namespace ChainTrace.Bitcoin.Utxo;

/// <summary>
/// An open-addressing table of <see cref="UtxoEntry"/> with linear probing and backward-shift deletion. Capacity need
/// not be a power of two (home slots come from a multiply-shift), so the table grows by half at a time, which keeps the
/// average load — and so the memory per entry — high.
/// </summary>
internal sealed class UtxoSegment
{
    private const double MaxLoad = 0.85;
    private UtxoEntry[] _slots;

    public UtxoSegment(int capacity)
    {
        _slots = new UtxoEntry[Math.Max(16, capacity)];
    }

    public int Count { get; private set; }

    public int Capacity => _slots.Length;

    /// <summary>Inserts or, when an entry with the same key exists, overwrites it (returns the old address id).</summary>
    public bool AddOrReplace(ulong hash, in UtxoEntry entry, out uint replacedAddressId)
    {
        if (Count + 1 > _slots.Length * MaxLoad)
        {
            Grow();
        }

        var slots = _slots;
        var i = Home(hash, slots.Length);
        while (slots[i].IsOccupied)
        {
            if (slots[i].Key == entry.Key && slots[i].Ref >> 32 == entry.Ref >> 32)
            {
                replacedAddressId = slots[i].AddressId;
                slots[i] = entry;
                return true;
            }

            i = i + 1 == slots.Length ? 0 : i + 1;
        }

        slots[i] = entry;
        Count++;
        replacedAddressId = 0;
        return false;
    }

    public bool TryRemove(ulong hash, ulong key, ulong check, int vout, out UtxoEntry removed)
    {
        var slots = _slots;
        var i = Home(hash, slots.Length);
        while (slots[i].IsOccupied)
        {
            if (slots[i].Matches(key, check, vout))
            {
                removed = slots[i];
                ShiftBack(i);
                Count--;
                return true;
            }

            i = i + 1 == slots.Length ? 0 : i + 1;
        }

        removed = default;
        return false;
    }

    public IEnumerable<UtxoEntry> Entries()
    {
        for (var i = 0; i < _slots.Length; i++)
        {
            if (_slots[i].IsOccupied)
            {
                yield return _slots[i];
            }
        }
    }

    private static int Home(ulong hash, int length) => (int)Math.BigMul(hash << 8, (ulong)length, out _);

    private void ShiftBack(int hole)
    {
        var slots = _slots;
        var j = hole;
        while (true)
        {
            j = j + 1 == slots.Length ? 0 : j + 1;
            if (!slots[j].IsOccupied)
            {
                break;
            }

            var home = Home(UtxoSet.Mix(slots[j].Key, slots[j].Vout), slots.Length);
            var canMove = hole <= j ? home <= hole || home > j : home <= hole && home > j;
            if (canMove)
            {
                slots[hole] = slots[j];
                hole = j;
            }
        }

        slots[hole] = default;
    }

    private void Grow()
    {
        var old = _slots;
        var grown = new UtxoEntry[checked(old.Length + (old.Length / 2))];
        foreach (var entry in old)
        {
            if (!entry.IsOccupied)
            {
                continue;
            }

            var i = Home(UtxoSet.Mix(entry.Key, entry.Vout), grown.Length);
            while (grown[i].IsOccupied)
            {
                i = i + 1 == grown.Length ? 0 : i + 1;
            }

            grown[i] = entry;
        }

        _slots = grown;
    }
}
