namespace ChainTrace.Graph;

/// <summary>What a flow-graph transaction node stands for.</summary>
public enum FlowTransactionKind : byte
{
    /// <summary>A Bitcoin transaction (inputs spend earlier outputs, outputs create coins).</summary>
    Utxo = 0,

    /// <summary>A Bitcoin coinbase: outputs only, new coins.</summary>
    Coinbase = 1,

    /// <summary>An Ethereum transaction's own ether value transfer (top-level call or value of a plain transfer).</summary>
    EtherTransfer = 2,

    /// <summary>An ether transfer inside a transaction, found in the traces (an internal call with value).</summary>
    InternalTransfer = 3,

    /// <summary>A token transfer (ERC-20, ERC-721 or ERC-1155 event).</summary>
    TokenTransfer = 4,

    /// <summary>The gas fee an Ethereum transaction's sender paid: one input leg and no output leg.</summary>
    Fee = 5,
}
