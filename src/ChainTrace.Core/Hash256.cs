using System.Buffers.Binary;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.InteropServices;

namespace ChainTrace.Core;

/// <summary>
/// A 32-byte hash (transaction id, block hash, Keccak-256 digest) stored by value in its wire (internal) byte order.
/// </summary>
/// <remarks>
/// Bitcoin displays hashes byte-reversed (<see cref="ToReversedHex"/>, as Bitcoin Core prints them); Ethereum displays
/// them in natural order with a <c>0x</c> prefix (<see cref="ToPrefixedHex"/>). <see cref="ToString"/> gives the
/// natural-order lowercase hex without prefix. Equality and hashing compare all 32 bytes.
/// </remarks>
[StructLayout(LayoutKind.Sequential)]
public readonly struct Hash256 : IEquatable<Hash256>, IComparable<Hash256>
{
    /// <summary>The length of a hash in bytes (32).</summary>
    public const int Size = 32;

    private readonly ulong _a;
    private readonly ulong _b;
    private readonly ulong _c;
    private readonly ulong _d;

    /// <summary>Creates a hash from exactly 32 bytes in wire order.</summary>
    /// <param name="bytes">The 32 bytes of the hash.</param>
    /// <exception cref="ArgumentException"><paramref name="bytes"/> is not 32 bytes long.</exception>
    public Hash256(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length != Size)
        {
            throw new ArgumentException($"A Hash256 needs exactly {Size} bytes, got {bytes.Length}.", nameof(bytes));
        }

        _a = BinaryPrimitives.ReadUInt64LittleEndian(bytes);
        _b = BinaryPrimitives.ReadUInt64LittleEndian(bytes[8..]);
        _c = BinaryPrimitives.ReadUInt64LittleEndian(bytes[16..]);
        _d = BinaryPrimitives.ReadUInt64LittleEndian(bytes[24..]);
    }

    /// <summary>The all-zero hash (the previous-block hash of a genesis block, the prevout of a coinbase).</summary>
    public static Hash256 Zero => default;

    /// <summary>True when every byte is zero.</summary>
    public bool IsZero => (_a | _b | _c | _d) == 0;

    /// <summary>The first eight wire-order bytes as a little-endian integer: a well-mixed key for hash tables.</summary>
    public ulong Prefix64 => _a;

    /// <summary>Wire-order bytes 8 to 15 as a little-endian integer (a second, independent key word).</summary>
    public ulong Word1 => _b;

    /// <summary>Copies the 32 wire-order bytes into <paramref name="destination"/>.</summary>
    /// <exception cref="ArgumentException"><paramref name="destination"/> is shorter than 32 bytes.</exception>
    public void CopyTo(Span<byte> destination)
    {
        if (destination.Length < Size)
        {
            throw new ArgumentException($"The destination needs {Size} bytes.", nameof(destination));
        }

        BinaryPrimitives.WriteUInt64LittleEndian(destination, _a);
        BinaryPrimitives.WriteUInt64LittleEndian(destination[8..], _b);
        BinaryPrimitives.WriteUInt64LittleEndian(destination[16..], _c);
        BinaryPrimitives.WriteUInt64LittleEndian(destination[24..], _d);
    }

    /// <summary>Returns the 32 wire-order bytes as a new array.</summary>
    public byte[] ToArray()
    {
        var bytes = new byte[Size];
        CopyTo(bytes);
        return bytes;
    }

    /// <summary>Lowercase hex of the bytes in natural (wire) order, without prefix.</summary>
    public override string ToString()
    {
        Span<byte> bytes = stackalloc byte[Size];
        CopyTo(bytes);
        return Convert.ToHexStringLower(bytes);
    }

    /// <summary>Lowercase hex with the bytes reversed: the form Bitcoin Core prints txids and block hashes in.</summary>
    public string ToReversedHex()
    {
        Span<byte> bytes = stackalloc byte[Size];
        CopyTo(bytes);
        bytes.Reverse();
        return Convert.ToHexStringLower(bytes);
    }

    /// <summary>Lowercase natural-order hex with a <c>0x</c> prefix: the Ethereum form.</summary>
    public string ToPrefixedHex() => "0x" + ToString();

    /// <summary>
    /// Parses 64 hex digits, optionally prefixed with <c>0x</c>. When <paramref name="reversed"/> is true the text is
    /// in Bitcoin display order and the bytes are reversed into wire order.
    /// </summary>
    /// <returns>False (never throws) when the text is not exactly 64 hex digits after an optional prefix.</returns>
    public static bool TryParse(ReadOnlySpan<char> text, bool reversed, out Hash256 hash)
    {
        hash = default;
        if (text.StartsWith("0x", StringComparison.OrdinalIgnoreCase))
        {
            text = text[2..];
        }

        if (text.Length != Size * 2)
        {
            return false;
        }

        Span<byte> bytes = stackalloc byte[Size];
        if (Convert.FromHexString(text, bytes, out _, out var written) != System.Buffers.OperationStatus.Done || written != Size)
        {
            return false;
        }

        if (reversed)
        {
            bytes.Reverse();
        }

        hash = new Hash256(bytes);
        return true;
    }

    /// <summary>Parses a hash like <see cref="TryParse"/>.</summary>
    /// <exception cref="FormatException">The text is not 64 hex digits.</exception>
    public static Hash256 Parse(ReadOnlySpan<char> text, bool reversed) =>
        TryParse(text, reversed, out var hash)
            ? hash
            : throw new FormatException($"'{text.ToString()}' is not a 32-byte hex hash.");

    /// <summary>Parses a Bitcoin display-order hash (as Bitcoin Core prints txids).</summary>
    /// <exception cref="FormatException">The text is not 64 hex digits.</exception>
    public static Hash256 ParseReversed(ReadOnlySpan<char> text) => Parse(text, reversed: true);

    /// <inheritdoc />
    public bool Equals(Hash256 other) => _a == other._a && _b == other._b && _c == other._c && _d == other._d;

    /// <inheritdoc />
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is Hash256 other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(_a, _d);

    /// <summary>Orders by the wire bytes, first byte most significant.</summary>
    public int CompareTo(Hash256 other)
    {
        Span<byte> x = stackalloc byte[Size];
        Span<byte> y = stackalloc byte[Size];
        CopyTo(x);
        other.CopyTo(y);
        return x.SequenceCompareTo(y);
    }

    /// <summary>Equality of all 32 bytes.</summary>
    public static bool operator ==(Hash256 left, Hash256 right) => left.Equals(right);

    /// <summary>Inequality of any byte.</summary>
    public static bool operator !=(Hash256 left, Hash256 right) => !left.Equals(right);

    /// <summary>Wire-byte order.</summary>
    public static bool operator <(Hash256 left, Hash256 right) => left.CompareTo(right) < 0;

    /// <summary>Wire-byte order.</summary>
    public static bool operator >(Hash256 left, Hash256 right) => left.CompareTo(right) > 0;

    /// <summary>Wire-byte order.</summary>
    public static bool operator <=(Hash256 left, Hash256 right) => left.CompareTo(right) <= 0;

    /// <summary>Wire-byte order.</summary>
    public static bool operator >=(Hash256 left, Hash256 right) => left.CompareTo(right) >= 0;
}
