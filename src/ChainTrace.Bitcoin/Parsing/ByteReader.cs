using System.Buffers.Binary;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Runtime.CompilerServices;
using ChainTrace.Core;

namespace ChainTrace.Bitcoin.Parsing;

/// <summary>
/// A bounds-checked little-endian reader over serialized chain data. Every failure is a <see cref="ChainDataException"/>
/// whose location is the caller's, with the offset made absolute (caller's offset + position in the span).
/// </summary>
internal ref struct ByteReader
{
    /// <summary>Core's MAX_SIZE: the largest CompactSize value deserialization accepts (0x02000000).</summary>
    public const ulong MaxCompactSize = 0x02000000;

    private readonly ReadOnlySpan<byte> _data;
    private readonly DataLocation _location;
    private readonly long _baseOffset;
    private int _position;

    public ByteReader(ReadOnlySpan<byte> data, DataLocation location)
    {
        _data = data;
        _location = location;
        _baseOffset = location.Offset ?? 0;
        _position = 0;
    }

    public readonly int Position => _position;

    public readonly int Remaining => _data.Length - _position;

    public readonly ReadOnlySpan<byte> Data => _data;

    public byte ReadByte(string what)
    {
        Need(1, what);
        return _data[_position++];
    }

    public readonly int PeekByte() => _position < _data.Length ? _data[_position] : -1;

    public int ReadInt32(string what)
    {
        Need(4, what);
        var value = BinaryPrimitives.ReadInt32LittleEndian(_data.Slice(_position, 4));
        _position += 4;
        return value;
    }

    public uint ReadUInt32(string what)
    {
        Need(4, what);
        var value = BinaryPrimitives.ReadUInt32LittleEndian(_data.Slice(_position, 4));
        _position += 4;
        return value;
    }

    public long ReadInt64(string what)
    {
        Need(8, what);
        var value = BinaryPrimitives.ReadInt64LittleEndian(_data.Slice(_position, 8));
        _position += 8;
        return value;
    }

    public void Skip(int count, string what)
    {
        Need(count, what);
        _position += count;
    }

    /// <summary>
    /// Reads a CompactSize count of elements that each take at least <paramref name="minElementSize"/> bytes, and
    /// rejects non-canonical encodings, values above <see cref="MaxCompactSize"/>, and counts whose elements could not
    /// fit in the bytes that remain, so a hostile count fails before anything is allocated for it.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int ReadCount(int minElementSize, string what)
    {
        // Fast path: a one-byte count whose elements fit.
        if (_position < _data.Length)
        {
            int first = _data[_position];
            if (first < 0xfd && first * minElementSize <= _data.Length - _position - 1)
            {
                _position++;
                return first;
            }
        }

        return ReadCountSlow(minElementSize, what);
    }

    private int ReadCountSlow(int minElementSize, string what)
    {
        var start = _position;
        Need(1, what);
        var first = _data[_position++];
        ulong value;
        switch (first)
        {
            case < 0xfd:
                value = first;
                break;
            case 0xfd:
                Need(2, what);
                value = BinaryPrimitives.ReadUInt16LittleEndian(_data.Slice(_position, 2));
                _position += 2;
                if (value < 0xfd)
                {
                    Fail($"Non-canonical CompactSize for the {what}.", start);
                }

                break;
            case 0xfe:
                Need(4, what);
                value = BinaryPrimitives.ReadUInt32LittleEndian(_data.Slice(_position, 4));
                _position += 4;
                if (value <= 0xffff)
                {
                    Fail($"Non-canonical CompactSize for the {what}.", start);
                }

                break;
            default:
                Need(8, what);
                value = BinaryPrimitives.ReadUInt64LittleEndian(_data.Slice(_position, 8));
                _position += 8;
                if (value <= 0xffffffff)
                {
                    Fail($"Non-canonical CompactSize for the {what}.", start);
                }

                break;
        }

        if (value > MaxCompactSize)
        {
            Fail(string.Create(CultureInfo.InvariantCulture, $"Oversized CompactSize {value} for the {what} (at most {MaxCompactSize})."), start);
        }

        if (value * (ulong)minElementSize > (ulong)Remaining)
        {
            Fail(string.Create(CultureInfo.InvariantCulture, $"The {what} {value} cannot fit in the {Remaining} bytes that remain."), start);
        }

        return (int)value;
    }

    /// <summary>Throws the located exception for a problem found at <paramref name="position"/> in the span.</summary>
    [DoesNotReturn]
    public readonly void Fail(string message, int position) => throw Error(message, position);

    public readonly ChainDataException Error(string message, int position) =>
        new(message, _location with { Offset = _baseOffset + position });

    private readonly void Need(int count, string what)
    {
        if (count < 0 || count > _data.Length - _position)
        {
            Fail(string.Create(CultureInfo.InvariantCulture, $"Truncated data: the {what} needs {count} bytes but {_data.Length - _position} remain."), _position);
        }
    }
}
