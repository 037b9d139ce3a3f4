using ChainTrace.Scenarios.Bitcoin.Keys;

namespace ChainTrace.Scenarios.Bitcoin.Economy;

/// <summary>
/// Hands out address indices in order and remembers, one bit per index, which addresses already appeared in an output,
/// so that the answer key lists each address exactly once, when the chain first pays it.
/// </summary>
internal sealed class AddressBook
{
    private ulong[] _emitted = new ulong[1024];

    /// <summary>Number of addresses allocated.</summary>
    public int Allocated { get; private set; }

    /// <summary>Number of addresses that appeared in an output.</summary>
    public int Emitted { get; private set; }

    /// <summary>Allocates the next address index.</summary>
    public AddressRef Allocate(AddressKind kind, int owner, AddressRole role, int customer = -1)
    {
        if (Allocated == int.MaxValue)
        {
            throw new InvalidOperationException("The scenario ran out of address indices.");
        }

        return new AddressRef(Allocated++, kind, owner, role, customer);
    }

    /// <summary>True when address <paramref name="index"/> has appeared in an output.</summary>
    public bool IsEmitted(int index) => (index >> 6) < _emitted.Length && (_emitted[index >> 6] & (1UL << (index & 63))) != 0;

    /// <summary>Marks <paramref name="index"/> as paid; true when this is its first appearance.</summary>
    public bool MarkEmitted(int index)
    {
        var word = index >> 6;
        if (word >= _emitted.Length)
        {
            Array.Resize(ref _emitted, Math.Max(_emitted.Length * 2, word + 1));
        }

        var bit = 1UL << (index & 63);
        if ((_emitted[word] & bit) != 0)
        {
            return false;
        }

        _emitted[word] |= bit;
        Emitted++;
        return true;
    }
}
