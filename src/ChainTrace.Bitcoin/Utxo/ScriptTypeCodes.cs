using ChainTrace.Core.Rows;

namespace ChainTrace.Bitcoin.Utxo;

/// <summary>Maps the script type names of <see cref="ScriptTypeNames"/> to the 5-bit codes kept in a UTXO entry.</summary>
internal static class ScriptTypeCodes
{
    private static readonly string[] Names =
    [
        ScriptTypeNames.NonStandard,
        ScriptTypeNames.PubKey,
        ScriptTypeNames.PubKeyHash,
        ScriptTypeNames.ScriptHash,
        ScriptTypeNames.Multisig,
        ScriptTypeNames.NullData,
        ScriptTypeNames.WitnessV0KeyHash,
        ScriptTypeNames.WitnessV0ScriptHash,
        ScriptTypeNames.WitnessV1Taproot,
        ScriptTypeNames.WitnessUnknown,
    ];

    /// <summary>The code of a type name; unknown names map to nonstandard (0).</summary>
    public static byte ToCode(string type)
    {
        for (var i = 0; i < Names.Length; i++)
        {
            if (ReferenceEquals(Names[i], type) || string.Equals(Names[i], type, StringComparison.Ordinal))
            {
                return (byte)i;
            }
        }

        return 0;
    }

    /// <summary>The interned type name of a code.</summary>
    public static string ToName(int code) => (uint)code < (uint)Names.Length ? Names[code] : ScriptTypeNames.NonStandard;
}
