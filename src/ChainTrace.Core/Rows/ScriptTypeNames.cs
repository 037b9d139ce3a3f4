namespace ChainTrace.Core.Rows;

/// <summary>
/// The values of the Bitcoin <c>type</c> columns: Bitcoin Core's <c>scriptPubKey.type</c> names, as bitcoin-etl and
/// Core's RPC use them, so that SQL written for those carries over.
/// </summary>
public static class ScriptTypeNames
{
    /// <summary>P2PK: &lt;pubkey&gt; OP_CHECKSIG.</summary>
    public const string PubKey = "pubkey";

    /// <summary>P2PKH.</summary>
    public const string PubKeyHash = "pubkeyhash";

    /// <summary>P2SH.</summary>
    public const string ScriptHash = "scripthash";

    /// <summary>Bare multisig (m-of-n OP_CHECKMULTISIG).</summary>
    public const string Multisig = "multisig";

    /// <summary>OP_RETURN data carrier.</summary>
    public const string NullData = "nulldata";

    /// <summary>P2WPKH (witness v0, 20-byte program).</summary>
    public const string WitnessV0KeyHash = "witness_v0_keyhash";

    /// <summary>P2WSH (witness v0, 32-byte program).</summary>
    public const string WitnessV0ScriptHash = "witness_v0_scripthash";

    /// <summary>P2TR (witness v1, 32-byte program).</summary>
    public const string WitnessV1Taproot = "witness_v1_taproot";

    /// <summary>Any other witness version or program length (future soft forks).</summary>
    public const string WitnessUnknown = "witness_unknown";

    /// <summary>Anything else.</summary>
    public const string NonStandard = "nonstandard";
}
