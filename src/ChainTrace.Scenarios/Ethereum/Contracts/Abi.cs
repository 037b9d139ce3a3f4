using System.Numerics;

namespace ChainTrace.Scenarios.Ethereum.Contracts;

/// <summary>The little Solidity ABI encoding the scenario calls need: static 32-byte words after a selector.</summary>
internal static class Abi
{
    /// <summary>Call data <c>0x</c> + selector + one word per argument.</summary>
    /// <param name="selector">8 hex digits, no 0x.</param>
    /// <param name="words">Arguments already encoded as 64 hex digits each (see <see cref="Word(BigInteger)"/>).</param>
    public static string Call(string selector, params string[] words) => "0x" + selector + string.Concat(words);

    /// <summary>A non-negative uint256 as 64 lowercase hex digits.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative or needs more than 256 bits.</exception>
    public static string Word(BigInteger value)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(value);
        var hex = Convert.ToHexStringLower(value.ToByteArray(isUnsigned: true, isBigEndian: true));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(hex.Length, 64, nameof(value));
        return hex.PadLeft(64, '0');
    }

    /// <summary>A 0x address (40 hex digits) as a left-padded word.</summary>
    public static string Word(string address) => new string('0', 24) + address[2..].ToLowerInvariant();

    /// <summary>32 bytes as one word.</summary>
    public static string Word(ReadOnlySpan<byte> bytes32) => Convert.ToHexStringLower(bytes32);
}
