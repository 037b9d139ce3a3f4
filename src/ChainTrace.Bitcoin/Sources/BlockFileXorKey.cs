using System.Buffers.Binary;
using System.Runtime.InteropServices;
using ChainTrace.Core;

namespace ChainTrace.Bitcoin.Sources;

/// <summary>
/// The obfuscation key of a Bitcoin Core (28+) blocks folder, stored as the 8 bytes of <c>xor.dat</c>: every byte of
/// the <c>blk*.dat</c> and <c>rev*.dat</c> files is XORed with <c>key[fileOffset % 8]</c>. The default value (all zero)
/// means no obfuscation, which is also what an absent <c>xor.dat</c> means.
/// </summary>
public readonly record struct BlockFileXorKey
{
    /// <summary>The name of the key file inside the blocks folder.</summary>
    public const string FileName = "xor.dat";

    /// <summary>The key length in bytes (8).</summary>
    public const int Length = 8;

    // The 8 key bytes read as a little-endian integer: byte i of the key is bits 8i..8i+7.
    private readonly ulong _key;

    /// <summary>Creates a key from its 8 bytes, in the order they appear in <c>xor.dat</c>.</summary>
    /// <exception cref="ArgumentException"><paramref name="key"/> is not 8 bytes long.</exception>
    public BlockFileXorKey(ReadOnlySpan<byte> key)
    {
        if (key.Length != Length)
        {
            throw new ArgumentException($"An xor.dat key has exactly {Length} bytes, got {key.Length}.", nameof(key));
        }

        _key = BinaryPrimitives.ReadUInt64LittleEndian(key);
    }

    /// <summary>No obfuscation (all-zero key).</summary>
    public static BlockFileXorKey None => default;

    /// <summary>True when the key is all zero, so reading needs no de-obfuscation.</summary>
    public bool IsNone => _key == 0;

    /// <summary>Copies the 8 key bytes (in <c>xor.dat</c> order) into <paramref name="destination"/>.</summary>
    /// <exception cref="ArgumentException"><paramref name="destination"/> is shorter than 8 bytes.</exception>
    public void CopyTo(Span<byte> destination)
    {
        if (destination.Length < Length)
        {
            throw new ArgumentException($"The destination needs {Length} bytes.", nameof(destination));
        }

        BinaryPrimitives.WriteUInt64LittleEndian(destination, _key);
    }

    /// <summary>
    /// XORs <paramref name="data"/> in place with the key, where <paramref name="data"/>[0] is the byte at
    /// <paramref name="fileOffset"/> of its file. Obfuscating and de-obfuscating are the same operation.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="fileOffset"/> is negative.</exception>
    public void Apply(Span<byte> data, long fileOffset)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(fileOffset);
        if (_key == 0 || data.IsEmpty)
        {
            return;
        }

        // Rotate the key so that its byte 0 lines up with data[0]; then data[i] ^= rotated[i % 8] everywhere.
        var shift = (int)(fileOffset % Length) * 8;
        var rotated = shift == 0 ? _key : (_key >> shift) | (_key << (64 - shift));
        var words = MemoryMarshal.Cast<byte, ulong>(data);
        var pattern = BitConverter.IsLittleEndian ? rotated : BinaryPrimitives.ReverseEndianness(rotated);
        for (var i = 0; i < words.Length; i++)
        {
            words[i] ^= pattern;
        }

        for (var i = words.Length * Length; i < data.Length; i++)
        {
            data[i] ^= (byte)(rotated >> (i % Length * 8));
        }
    }

    /// <summary>
    /// Reads <c>xor.dat</c> from a blocks folder; an absent file gives <see cref="None"/>.
    /// </summary>
    /// <param name="blocksDirectory">The folder holding <c>blk*.dat</c>.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <exception cref="ChainDataException"><c>xor.dat</c> exists but is not exactly 8 bytes long.</exception>
    /// <exception cref="IOException">The file exists but cannot be read.</exception>
    public static async Task<BlockFileXorKey> LoadAsync(string blocksDirectory, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(blocksDirectory);
        var path = Path.Combine(blocksDirectory, FileName);
        if (!File.Exists(path))
        {
            return None;
        }

        var length = new FileInfo(path).Length;
        if (length != Length)
        {
            throw new ChainDataException(
                string.Create(
                    System.Globalization.CultureInfo.InvariantCulture,
                    $"The obfuscation key file must hold exactly {Length} bytes but holds {length}."),
                new DataLocation(File: path));
        }

        var bytes = await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false);
        return bytes.Length == Length
            ? new BlockFileXorKey(bytes)
            : throw new ChainDataException("The obfuscation key file changed while it was read.", new DataLocation(File: path));
    }

    /// <summary>Renders the key as 16 lowercase hex digits in <c>xor.dat</c> byte order.</summary>
    public override string ToString()
    {
        Span<byte> bytes = stackalloc byte[Length];
        CopyTo(bytes);
        return Convert.ToHexStringLower(bytes);
    }
}
