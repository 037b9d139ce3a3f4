namespace ChainTrace.Scenarios.Ethereum.AnswerKeys;

/// <summary>The values of an answer-key address's <c>type</c>: what the address is to its owner.</summary>
public static class EthereumAddressTypes
{
    /// <summary>A ransomware victim's wallet (funded, pays the ransom).</summary>
    public const string Victim = "victim";

    /// <summary>Any address the ransomware operator controls: ransom addresses, layering hops, mixer withdrawal addresses, its gas station.</summary>
    public const string Ransomware = "ransomware";

    /// <summary>A deposit address an exchange issued to one customer (owned by the exchange; the customer is named separately).</summary>
    public const string ExchangeDeposit = "exchange_deposit";

    /// <summary>An exchange's hot wallet (receives the sweeps, pays withdrawals).</summary>
    public const string ExchangeHotWallet = "exchange_hot_wallet";

    /// <summary>The fixed-denomination mixer contract.</summary>
    public const string MixerContract = "mixer_contract";

    /// <summary>The relayer that submits mixer withdrawals and earns their fee.</summary>
    public const string MixerRelayer = "mixer_relayer";

    /// <summary>An ordinary user's wallet.</summary>
    public const string User = "user";

    /// <summary>The ERC-20 stablecoin contract.</summary>
    public const string TokenContract = "token_contract";

    /// <summary>The node's pre-funded dev account that deploys the contracts, issues the stablecoin and funds the cast.</summary>
    public const string Faucet = "faucet";

    /// <summary>The zero address (sender of mints, the node's block miner).</summary>
    public const string NullAddress = "null_address";
}
