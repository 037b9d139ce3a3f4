using System.Runtime.InteropServices;

namespace ChainTrace.Bitcoin.Utxo;

/// <summary>
/// One unspent output in 24 bytes. <see cref="Key"/> holds txid bytes 0–7; <see cref="Meta"/> the value (bits 0–50),
/// the script type code (bits 51–55) and an occupied flag (bit 63); <see cref="Ref"/> the address id (bits 0–31), the
/// output index (bits 32–51) and 12 check bits from txid bytes 8–9 (bits 52–63), giving a 76-bit txid key.
/// </summary>
[StructLayout(LayoutKind.Sequential)]
internal struct UtxoEntry
{
    public const int MaxVout = (1 << 20) - 1;
    public const long MaxValue = (1L << 51) - 1;
    private const ulong Occupied = 1UL << 63;

    public ulong Key;
    public ulong Meta;
    public ulong Ref;

    public readonly bool IsOccupied => (Meta & Occupied) != 0;

    public readonly long Value => (long)(Meta & (ulong)MaxValue);

    public readonly int TypeCode => (int)((Meta >> 51) & 0x1F);

    public readonly uint AddressId => (uint)Ref;

    public readonly int Vout => (int)((Ref >> 32) & MaxVout);

    public readonly ulong Check => Ref >> 52;

    public static UtxoEntry Create(ulong key, ulong check, int vout, long value, int typeCode, uint addressId) => new()
    {
        Key = key,
        Meta = (ulong)value | ((ulong)typeCode << 51) | Occupied,
        Ref = addressId | ((ulong)vout << 32) | (check << 52),
    };

    public readonly bool Matches(ulong key, ulong check, int vout) =>
        Key == key && (Ref >> 32) == ((ulong)(uint)vout | (check << 20));
}
