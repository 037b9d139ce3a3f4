using System.Buffers.Binary;

namespace ChainTrace.Bitcoin.Scripts;

/// <summary>Script opcode walking with Bitcoin Core's <c>GetScriptOp</c> semantics.</summary>
internal static class ScriptOps
{
    public const byte Op0 = 0x00;
    public const byte OpPushData1 = 0x4c;
    public const byte OpPushData2 = 0x4d;
    public const byte OpPushData4 = 0x4e;
    public const byte Op1Negate = 0x4f;
    public const byte Op1 = 0x51;
    public const byte Op16 = 0x60;
    public const byte OpReturn = 0x6a;
    public const byte OpDup = 0x76;
    public const byte OpEqual = 0x87;
    public const byte OpEqualVerify = 0x88;
    public const byte OpHash160 = 0xa9;
    public const byte OpCheckSig = 0xac;
    public const byte OpCheckMultiSig = 0xae;
    public const byte OpInvalid = 0xff;

    /// <summary>
    /// Reads the operation at <paramref name="position"/>, advancing past it. On success <paramref name="data"/> is the
    /// pushed bytes (empty for non-push opcodes); on failure (end of script, truncated push) the opcode is 0xff.
    /// </summary>
    public static bool TryGetOp(ReadOnlySpan<byte> script, ref int position, out byte opcode, out ReadOnlySpan<byte> data)
    {
        opcode = OpInvalid;
        data = default;
        if (position >= script.Length)
        {
            return false;
        }

        var op = script[position++];
        if (op <= OpPushData4)
        {
            var remaining = script.Length - position;
            long size;
            if (op < OpPushData1)
            {
                size = op;
            }
            else if (op == OpPushData1)
            {
                if (remaining < 1)
                {
                    return false;
                }

                size = script[position];
                position += 1;
            }
            else if (op == OpPushData2)
            {
                if (remaining < 2)
                {
                    return false;
                }

                size = BinaryPrimitives.ReadUInt16LittleEndian(script.Slice(position, 2));
                position += 2;
            }
            else
            {
                if (remaining < 4)
                {
                    return false;
                }

                size = BinaryPrimitives.ReadUInt32LittleEndian(script.Slice(position, 4));
                position += 4;
            }

            if (script.Length - position < size)
            {
                return false;
            }

            data = script.Slice(position, (int)size);
            position += (int)size;
        }

        opcode = op;
        return true;
    }

    /// <summary>True when every operation from <paramref name="position"/> on parses and is a push (opcode ≤ OP_16).</summary>
    public static bool IsPushOnly(ReadOnlySpan<byte> script, int position)
    {
        while (position < script.Length)
        {
            if (!TryGetOp(script, ref position, out var opcode, out _) || opcode > Op16)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Core's <c>CPubKey::ValidSize</c>: the header byte fixes the length (02/03: 33; 04/06/07: 65).</summary>
    public static bool IsValidPubKeySize(ReadOnlySpan<byte> key) =>
        key.Length > 0 && key[0] switch
        {
            2 or 3 => key.Length == 33,
            4 or 6 or 7 => key.Length == 65,
            _ => false,
        };

    /// <summary>
    /// Core's <c>GetScriptNumber</c> for multisig counts: OP_1..OP_16, or a minimal one-byte push of 17..20; the result
    /// must lie in <paramref name="min"/>..<paramref name="max"/>.
    /// </summary>
    public static bool TryGetSmallCount(byte opcode, ReadOnlySpan<byte> data, int min, int max, out int count)
    {
        count = 0;
        int value;
        if (opcode is >= Op1 and <= Op16)
        {
            value = opcode - Op1 + 1;
        }
        else if (opcode is > Op0 and <= OpPushData4)
        {
            // A minimal push of a minimally encoded number: the only in-range forms are one direct-pushed byte
            // 0x11..0x7f (1..16 must use OP_N); longer numbers exceed 20 and negative ones fall below min.
            if (opcode != 1 || data.Length != 1 || data[0] <= 16 || data[0] >= 0x80)
            {
                return false;
            }

            value = data[0];
        }
        else
        {
            return false;
        }

        if (value < min || value > max)
        {
            return false;
        }

        count = value;
        return true;
    }
}
