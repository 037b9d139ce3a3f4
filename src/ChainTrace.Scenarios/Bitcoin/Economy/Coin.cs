using ChainTrace.Core;
using ChainTrace.Scenarios.Bitcoin.Keys;

namespace ChainTrace.Scenarios.Bitcoin.Economy;

/// <summary>
/// An unspent output an actor holds: the outpoint, its value, how many of those satoshis are ransom money the
/// operator controls, and the address (index and kind) that can spend it. About 64 bytes; the live coin sets of all
/// actors are the generator's only per-output memory.
/// </summary>
internal struct Coin
{
    /// <summary>The creating transaction's txid (wire order).</summary>
    public Hash256 Txid;

    /// <summary>Value in satoshis.</summary>
    public long Value;

    /// <summary>Satoshis of this coin that are tracked ransom money (0..Value).</summary>
    public long Ransom;

    /// <summary>Index of the address the output pays (see <see cref="AddressBook"/>).</summary>
    public int Address;

    /// <summary>Height of the block that created the coin (coinbase maturity).</summary>
    public int Height;

    /// <summary>Output index in the creating transaction.</summary>
    public ushort Vout;

    /// <summary>Kind of the paid address.</summary>
    public AddressKind Kind;
}
