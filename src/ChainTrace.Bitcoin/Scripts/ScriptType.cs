namespace ChainTrace.Bitcoin.Scripts;

/// <summary>
/// The standard scriptPubKey templates, as Bitcoin Core's <c>Solver</c> recognises them. The names that go into the
/// dataset are in <see cref="ChainTrace.Core.Rows.ScriptTypeNames"/>; <see cref="ScriptClassifier.GetTypeName"/> maps.
/// </summary>
public enum ScriptType
{
    /// <summary>No template matched (<c>nonstandard</c>).</summary>
    NonStandard = 0,

    /// <summary>&lt;33 or 65-byte public key&gt; OP_CHECKSIG (<c>pubkey</c>).</summary>
    PubKey,

    /// <summary>OP_DUP OP_HASH160 &lt;20&gt; OP_EQUALVERIFY OP_CHECKSIG (<c>pubkeyhash</c>).</summary>
    PubKeyHash,

    /// <summary>OP_HASH160 &lt;20&gt; OP_EQUAL (<c>scripthash</c>).</summary>
    ScriptHash,

    /// <summary>m &lt;keys…&gt; n OP_CHECKMULTISIG, 1 ≤ m ≤ n ≤ 20 (<c>multisig</c>).</summary>
    Multisig,

    /// <summary>OP_RETURN followed only by pushes (<c>nulldata</c>).</summary>
    NullData,

    /// <summary>OP_0 &lt;20&gt; (<c>witness_v0_keyhash</c>).</summary>
    WitnessV0KeyHash,

    /// <summary>OP_0 &lt;32&gt; (<c>witness_v0_scripthash</c>).</summary>
    WitnessV0ScriptHash,

    /// <summary>OP_1 &lt;32&gt; (<c>witness_v1_taproot</c>).</summary>
    WitnessV1Taproot,

    /// <summary>Any other witness program: version 1 with a non-32-byte program, or versions 2..16 (<c>witness_unknown</c>).</summary>
    WitnessUnknown,
}
