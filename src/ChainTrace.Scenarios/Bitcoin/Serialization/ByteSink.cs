using System.Buffers.Binary;

namespace ChainTrace.Scenarios.Bitcoin.Serialization;

/// <summary>
/// A growable byte buffer with the little-endian and CompactSize writers of Bitcoin's consensus serialization. Reused
/// across transactions and blocks (<see cref="Clear"/>), so steady-state writing does not allocate.
/// </summary>
internal sealed class ByteSink
{
    private byte[] _buffer;

    /// <summary>Creates a sink with <paramref name="capacity"/> bytes reserved.</summary>
    public ByteSink(int capacity = 4096)
    {
        _buffer = new byte[Math.Max(capacity, 16)];
    }

    /// <summary>Bytes written since the last <see cref="Clear"/>.</summary>
    public int Length { get; private set; }

    /// <summary>The bytes written.</summary>
    public ReadOnlySpan<byte> Written => _buffer.AsSpan(0, Length);

    /// <summary>The bytes written, as memory over the internal buffer (valid until the next write or clear).</summary>
    public ReadOnlyMemory<byte> WrittenMemory => _buffer.AsMemory(0, Length);

    /// <summary>The written bytes, writable in place (for XOR or patching).</summary>
    public Span<byte> WrittenMutable => _buffer.AsSpan(0, Length);

    /// <summary>The written bytes as writable memory over the internal buffer (valid until the next write or clear).</summary>
    public Memory<byte> WrittenMutableMemory => _buffer.AsMemory(0, Length);

    /// <summary>Forgets the content, keeping the capacity.</summary>
    public void Clear() => Length = 0;

    /// <summary>Returns <paramref name="count"/> writable bytes at the end and counts them as written.</summary>
    public Span<byte> Append(int count)
    {
        Ensure(count);
        var span = _buffer.AsSpan(Length, count);
        Length += count;
        return span;
    }

    /// <summary>Appends one byte.</summary>
    public void WriteByte(byte value)
    {
        Ensure(1);
        _buffer[Length++] = value;
    }

    /// <summary>Appends bytes.</summary>
    public void Write(ReadOnlySpan<byte> bytes) => bytes.CopyTo(Append(bytes.Length));

    /// <summary>Appends a 32-bit little-endian integer.</summary>
    public void WriteUInt32(uint value) => BinaryPrimitives.WriteUInt32LittleEndian(Append(4), value);

    /// <summary>Appends a signed 32-bit little-endian integer.</summary>
    public void WriteInt32(int value) => BinaryPrimitives.WriteInt32LittleEndian(Append(4), value);

    /// <summary>Appends a signed 64-bit little-endian integer.</summary>
    public void WriteInt64(long value) => BinaryPrimitives.WriteInt64LittleEndian(Append(8), value);

    /// <summary>Appends a CompactSize (Bitcoin's variable-length integer, canonical form).</summary>
    public void WriteCompactSize(ulong value)
    {
        if (value < 0xfd)
        {
            WriteByte((byte)value);
        }
        else if (value <= 0xffff)
        {
            WriteByte(0xfd);
            BinaryPrimitives.WriteUInt16LittleEndian(Append(2), (ushort)value);
        }
        else if (value <= 0xffffffff)
        {
            WriteByte(0xfe);
            WriteUInt32((uint)value);
        }
        else
        {
            WriteByte(0xff);
            BinaryPrimitives.WriteUInt64LittleEndian(Append(8), value);
        }
    }

    /// <summary>Appends a CompactSize length followed by the bytes.</summary>
    public void WriteVarBytes(ReadOnlySpan<byte> bytes)
    {
        WriteCompactSize((ulong)bytes.Length);
        Write(bytes);
    }

    /// <summary>The encoded length of a CompactSize holding <paramref name="value"/> (1, 3, 5 or 9 bytes).</summary>
    public static int CompactSizeLength(ulong value) => value switch
    {
        < 0xfd => 1,
        <= 0xffff => 3,
        <= 0xffffffff => 5,
        _ => 9,
    };

    private void Ensure(int count)
    {
        if (Length + count > _buffer.Length)
        {
            var size = Math.Max(_buffer.Length * 2, Length + count);
            Array.Resize(ref _buffer, size);
        }
    }
}
