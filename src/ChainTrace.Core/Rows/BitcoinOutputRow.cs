namespace ChainTrace.Core.Rows;

/// <summary>A row of the Bitcoin <c>outputs</c> table (dataset contract).</summary>
/// <param name="TransactionHash">txid of the creating transaction.</param>
/// <param name="BlockNumber">Height of the creating transaction's block.</param>
/// <param name="Index">Output position (vout).</param>
/// <param name="Type">Script type name (see <see cref="ScriptTypeNames"/>).</param>
/// <param name="Address">
/// The address the output pays, in the network's encoding; a P2PK output is attributed to the P2PKH address of its key
/// (as block explorers and Core's RPC show it); null for multisig, OP_RETURN and nonstandard scripts.
/// </param>
/// <param name="Value">Value in satoshis.</param>
/// <param name="ScriptHex">The scriptPubKey as lowercase hex.</param>
public sealed record BitcoinOutputRow(
    Hash256 TransactionHash,
    long BlockNumber,
    int Index,
    string Type,
    string? Address,
    long Value,
    string ScriptHex);
