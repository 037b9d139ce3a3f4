namespace ChainTrace.Scenarios.Ethereum.AnswerKeys;

/// <summary>The values of an answer-key transaction's <c>purpose</c>.</summary>
public static class EthereumTransactionPurposes
{
    /// <summary>A victim paying the ransom (ETH or stablecoin) to a ransom address.</summary>
    public const string RansomPayment = "ransom_payment";

    /// <summary>The operator moving ransom between its own fresh addresses (split, merge, hop).</summary>
    public const string Layering = "layering";

    /// <summary>A fixed-denomination deposit into the mixer (the operator's or an honest user's).</summary>
    public const string MixerDeposit = "mixer_deposit";

    /// <summary>A relayer's withdrawal from the mixer; the payout is an internal transfer only traces show.</summary>
    public const string MixerWithdrawal = "mixer_withdrawal";

    /// <summary>The operator paying ransom into one of its exchange deposit addresses.</summary>
    public const string CashOut = "cash_out";

    /// <summary>An exchange moving a deposit address's balance (ETH or stablecoin) to its hot wallet.</summary>
    public const string ExchangeSweep = "exchange_sweep";

    /// <summary>Everyday traffic: users paying each other, trading the token, depositing at and withdrawing from exchanges.</summary>
    public const string Ordinary = "ordinary";

    /// <summary>Setting the stage or paying for gas: the faucet's grants and mints, gas top-ups (no ransom value moves).</summary>
    public const string Funding = "funding";

    /// <summary>A contract creation (the stablecoin, the mixer).</summary>
    public const string Deployment = "deployment";
}
