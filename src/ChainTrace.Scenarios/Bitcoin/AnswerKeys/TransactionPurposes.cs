namespace ChainTrace.Scenarios.Bitcoin.AnswerKeys;

/// <summary>The values of the answer key's transaction <c>purpose</c> column.</summary>
public static class TransactionPurposes
{
    /// <summary>A block's coinbase (including the genesis block's).</summary>
    public const string Coinbase = "coinbase";

    /// <summary>A user's payment, sale to an exchange (deposit) or pool payout: everyday single-owner spending.</summary>
    public const string Ordinary = "ordinary";

    /// <summary>An exchange moving customer deposits from deposit addresses into its hot wallet.</summary>
    public const string ExchangeSweep = "exchange_sweep";

    /// <summary>An exchange's batched payout of customer withdrawals from its hot wallet.</summary>
    public const string ExchangeWithdrawal = "exchange_withdrawal";

    /// <summary>A victim paying the ransom to its ransom address.</summary>
    public const string RansomPayment = "ransom_payment";

    /// <summary>Many coins of one owner merged into few outputs (the operator's ransom coins, or a user tidying up).</summary>
    public const string Consolidation = "consolidation";

    /// <summary>A peeling-chain hop: a small payment out and the large remainder to a fresh address of the operator.</summary>
    public const string Peel = "peel";

    /// <summary>
    /// A Whirlpool TX0 (premix): one owner splits coins into equal premix outputs plus the coordinator's fee and change.
    /// Single-owner, unlike <see cref="CoinJoin"/>.
    /// </summary>
    public const string CoinJoinPremix = "coinjoin_premix";

    /// <summary>A CoinJoin round (Whirlpool 5×5 mix or Wasabi-style multi-tier round): inputs of several owners.</summary>
    public const string CoinJoin = "coinjoin";

    /// <summary>
    /// An operator transaction paying an exchange deposit address (takes precedence over <see cref="Peel"/> for peel
    /// hops whose peel is deposited).
    /// </summary>
    public const string CashOut = "cash_out";
}
