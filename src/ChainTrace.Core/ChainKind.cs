namespace ChainTrace.Core;

/// <summary>The chain family a dataset, address or row belongs to.</summary>
public enum ChainKind
{
    /// <summary>Bitcoin (UTXO model): mainnet, testnet, signet or regtest.</summary>
    Bitcoin = 1,

    /// <summary>Ethereum (account model) and EVM chains served over the same JSON-RPC.</summary>
    Ethereum = 2,
}
