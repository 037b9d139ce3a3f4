namespace ChainTrace.Bitcoin.Scripts;

/// <summary>What a scriptPubKey is and which address it pays.</summary>
/// <param name="Type">The template matched.</param>
/// <param name="Address">
/// The address in the network's encoding: Base58Check for P2PKH, P2SH and P2PK (the P2PKH address of the key), bech32
/// for witness v0, bech32m for witness v1 and later; null for multisig, nulldata and nonstandard scripts.
/// </param>
public readonly record struct ScriptClassification(ScriptType Type, string? Address)
{
    /// <summary>The dataset name of <see cref="Type"/>, one of <see cref="ChainTrace.Core.Rows.ScriptTypeNames"/>.</summary>
    public string TypeName => ScriptClassifier.GetTypeName(Type);
}
