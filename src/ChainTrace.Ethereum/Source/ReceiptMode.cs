namespace ChainTrace.Ethereum.Source;

/// <summary>How receipts are fetched.</summary>
public enum ReceiptMode
{
    /// <summary><c>eth_getBlockReceipts</c> if the node offers it, else one <c>eth_getTransactionReceipt</c> per transaction.</summary>
    Auto,

    /// <summary>One <c>eth_getBlockReceipts</c> per block.</summary>
    BlockReceipts,

    /// <summary>One <c>eth_getTransactionReceipt</c> per transaction (batched).</summary>
    TransactionReceipts,
}
