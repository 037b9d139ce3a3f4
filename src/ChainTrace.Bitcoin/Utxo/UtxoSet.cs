using System.Text;
using ChainTrace.Core;

namespace ChainTrace.Bitcoin.Utxo;

/// <summary>
/// The compact set of unspent outputs used to resolve every input's value, type and address during ingest. Each output
/// costs one 24-byte slot (txid key, value, type, address id, vout) in one of 256 open-addressing segments, plus its
/// address string once per distinct live address. See docs/adr/0002-compact-utxo-set.md.
/// </summary>
/// <remarks>
/// Outputs are keyed by 76 bits of the txid (bytes 0–7 and 12 bits of bytes 8–9) and the output index. Adding an output
/// whose key is already present replaces it: that is Bitcoin's BIP30 rule for the two historic duplicate coinbase
/// txids (heights 91812/91842 and 91722/91880), whose first outputs became unspendable. Not thread-safe.
/// </remarks>
public sealed class UtxoSet
{
    private const int SegmentCount = 256;
    private const string SnapshotMagic = "CTUTXO01";
    private readonly UtxoSegment[] _segments = new UtxoSegment[SegmentCount];
    private readonly AddressInterner _addresses = new();

    /// <summary>Creates an empty set.</summary>
    /// <param name="expectedCount">Outputs to size for up front (0 = grow as needed).</param>
    public UtxoSet(long expectedCount = 0)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(expectedCount);
        var perSegment = (int)Math.Min(int.MaxValue / 2, expectedCount / SegmentCount / 0.8);
        for (var i = 0; i < SegmentCount; i++)
        {
            _segments[i] = new UtxoSegment(perSegment);
        }
    }

    /// <summary>The number of unspent outputs held.</summary>
    public long Count { get; private set; }

    /// <summary>Outputs that replaced an existing one with the same txid and index (BIP30 duplicates).</summary>
    public long ReplacedCount { get; private set; }

    /// <summary>Measures the memory the set holds now.</summary>
    public UtxoMemoryStats MeasureMemory()
    {
        long slots = 0;
        foreach (var segment in _segments)
        {
            slots += segment.Capacity;
        }

        return new UtxoMemoryStats(Count, slots * 24, _addresses.Count, _addresses.EstimatedBytes);
    }

    /// <summary>Adds an unspent output, replacing one with the same txid and index (BIP30).</summary>
    /// <param name="txid">Creating transaction.</param>
    /// <param name="vout">Output index, 0 to 1,048,575.</param>
    /// <param name="value">Value in satoshis, 0 to 2^51-1.</param>
    /// <param name="type">Script type name.</param>
    /// <param name="address">Address or null.</param>
    /// <returns>True when an existing output was replaced.</returns>
    /// <exception cref="ArgumentOutOfRangeException">vout or value out of range.</exception>
    public bool Add(Hash256 txid, int vout, long value, string type, string? address)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(vout);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(vout, UtxoEntry.MaxVout);
        ArgumentOutOfRangeException.ThrowIfNegative(value);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(value, UtxoEntry.MaxValue);
        ArgumentNullException.ThrowIfNull(type);
        return Insert(txid.Prefix64, txid.Word1 & 0xFFF, vout, value, ScriptTypeCodes.ToCode(type), address);
    }

    /// <summary>Removes the output (txid, vout) and returns what it held.</summary>
    /// <returns>False when no such unspent output is held.</returns>
    public bool TryRemove(Hash256 txid, int vout, out SpentOutput spent)
    {
        spent = default;
        if ((uint)vout > UtxoEntry.MaxVout)
        {
            return false;
        }

        var key = txid.Prefix64;
        var hash = Mix(key, vout);
        if (!_segments[hash >> 56].TryRemove(hash, key, txid.Word1 & 0xFFF, vout, out var entry))
        {
            return false;
        }

        Count--;
        spent = new SpentOutput(entry.Value, ScriptTypeCodes.ToName(entry.TypeCode), _addresses.Get(entry.AddressId));
        _addresses.Release(entry.AddressId);
        return true;
    }

    /// <summary>Enumerates the unspent outputs in no particular order.</summary>
    public IEnumerable<UnspentOutput> Enumerate()
    {
        foreach (var segment in _segments)
        {
            foreach (var entry in segment.Entries())
            {
                yield return new UnspentOutput(
                    entry.Key, entry.Vout, entry.Value, ScriptTypeCodes.ToName(entry.TypeCode), _addresses.Get(entry.AddressId));
            }
        }
    }

    /// <summary>Writes the set with the block it is the state after (height and hash) to a stream.</summary>
    public void Save(Stream stream, long height, Hash256 blockHash)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true);
        writer.Write(SnapshotMagic);
        writer.Write(height);
        Span<byte> hash = stackalloc byte[Hash256.Size];
        blockHash.CopyTo(hash);
        writer.Write(hash);
        writer.Write(Count);
        foreach (var segment in _segments)
        {
            foreach (var entry in segment.Entries())
            {
                writer.Write(entry.Key);
                writer.Write(entry.Meta);
                writer.Write((uint)(entry.Ref >> 32));
                var address = _addresses.Get(entry.AddressId);
                writer.Write(address ?? string.Empty);
            }
        }
    }

    /// <summary>Reads a set written by <see cref="Save"/>.</summary>
    /// <param name="stream">The snapshot.</param>
    /// <param name="height">The height of the block the set is the state after.</param>
    /// <param name="blockHash">That block's hash.</param>
    /// <exception cref="InvalidDataException">The stream is not a complete snapshot.</exception>
    public static UtxoSet Load(Stream stream, out long height, out Hash256 blockHash)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var reader = new BinaryReader(stream, Encoding.UTF8, leaveOpen: true);
        try
        {
            if (reader.ReadString() != SnapshotMagic)
            {
                throw new InvalidDataException("Not a ChainTrace UTXO snapshot.");
            }

            height = reader.ReadInt64();
            blockHash = new Hash256(reader.ReadBytes(Hash256.Size));
            var count = reader.ReadInt64();
            var set = new UtxoSet(count);
            for (long i = 0; i < count; i++)
            {
                var key = reader.ReadUInt64();
                var meta = reader.ReadUInt64();
                var refHigh = reader.ReadUInt32();
                var address = reader.ReadString();
                var vout = (int)(refHigh & UtxoEntry.MaxVout);
                var check = refHigh >> 20;
                var value = (long)(meta & (ulong)UtxoEntry.MaxValue);
                var typeCode = (int)((meta >> 51) & 0x1F);
                set.Insert(key, check, vout, value, typeCode, address.Length == 0 ? null : address);
            }

            return set;
        }
        catch (EndOfStreamException ex)
        {
            throw new InvalidDataException("The UTXO snapshot is truncated.", ex);
        }
    }

    internal static ulong Mix(ulong key, int vout)
    {
        var h = (key ^ ((ulong)vout * 0x9E3779B97F4A7C15UL)) * 0xBF58476D1CE4E5B9UL;
        return h ^ (h >> 29);
    }

    private bool Insert(ulong key, ulong check, int vout, long value, int typeCode, string? address)
    {
        var addressId = _addresses.Acquire(address);
        var entry = UtxoEntry.Create(key, check, vout, value, typeCode, addressId);
        var hash = Mix(key, vout);
        if (_segments[hash >> 56].AddOrReplace(hash, entry, out var replacedAddress))
        {
            _addresses.Release(replacedAddress);
            ReplacedCount++;
            return true;
        }

        Count++;
        return false;
    }
}
