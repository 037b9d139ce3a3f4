using System.Numerics;
using System.Text;

namespace ChainTrace.Testing.Ethereum;

/// <summary>Just enough Solidity ABI encoding for the test contracts: static words and uint256[] arrays.</summary>
public static class Abi
{
    /// <summary>A uint256 as 64 hex digits.</summary>
    public static string Word(BigInteger value) =>
        Convert.ToHexStringLower(value.ToByteArray(isUnsigned: true, isBigEndian: true)).PadLeft(64, '0');

    /// <summary>An address as a left-padded word.</summary>
    public static string Word(string address) => new string('0', 24) + address[2..].ToLowerInvariant();

    /// <summary>Call data: the 4-byte selector (8 hex digits) and the argument words (each an ABI item below).</summary>
    /// <param name="selector">The selector without 0x.</param>
    /// <param name="arguments">BigInteger, int, long, address string (0x…), BigInteger[] (dynamic array), or byte[] (dynamic bytes).</param>
    public static string Call(string selector, params object[] arguments) => "0x" + selector + Encode(arguments);

    /// <summary>The head/tail encoding of <paramref name="arguments"/> (see <see cref="Call"/>).</summary>
    public static string Encode(params object[] arguments)
    {
        var head = new StringBuilder();
        var tail = new StringBuilder();
        var headBytes = 32 * arguments.Length;
        foreach (var argument in arguments)
        {
            switch (argument)
            {
                case BigInteger[] array:
                    head.Append(Word(headBytes + (tail.Length / 2)));
                    tail.Append(Word(array.Length));
                    foreach (var item in array)
                    {
                        tail.Append(Word(item));
                    }

                    break;
                case byte[] bytes:
                    head.Append(Word(headBytes + (tail.Length / 2)));
                    tail.Append(Word(bytes.Length));
                    var hex = Convert.ToHexStringLower(bytes);
                    tail.Append(hex.PadRight((hex.Length + 63) / 64 * 64, '0'));
                    break;
                case string address:
                    head.Append(Word(address));
                    break;
                case int i:
                    head.Append(Word(i));
                    break;
                case long l:
                    head.Append(Word(l));
                    break;
                case BigInteger value:
                    head.Append(Word(value));
                    break;
                default:
                    throw new ArgumentException($"Unsupported ABI argument {argument.GetType().Name}.", nameof(arguments));
            }
        }

        return head.Append(tail).ToString();
    }
}
