namespace ChainTrace.Scenarios.Bitcoin.AnswerKeys;

/// <summary>The values of the answer key's address <c>role</c> column: what the owner uses the address for.</summary>
public static class AddressRoles
{
    /// <summary>A user's or victim's receiving address (fresh per payment, or reused by wallets that reuse).</summary>
    public const string Receive = "receive";

    /// <summary>Change the owner paid back to itself.</summary>
    public const string Change = "change";

    /// <summary>An exchange deposit address issued to one customer (the <c>customer_entity_id</c> column names it).</summary>
    public const string Deposit = "deposit";

    /// <summary>An exchange hot wallet address (sweep target, withdrawal source and change).</summary>
    public const string HotWallet = "hot_wallet";

    /// <summary>A CoinJoin coordinator's fee address.</summary>
    public const string CoordinatorFee = "coordinator_fee";

    /// <summary>The mining pool's coinbase payout address.</summary>
    public const string Mining = "mining";

    /// <summary>A ransom payment address, one per victim.</summary>
    public const string Ransom = "ransom";

    /// <summary>The ransomware operator's own intermediate addresses (consolidation, peel remainders).</summary>
    public const string Operator = "operator";

    /// <summary>A Whirlpool premix output (denomination plus mixing fee allowance), created by a TX0.</summary>
    public const string Premix = "premix";

    /// <summary>A CoinJoin output (Whirlpool postmix or a Wasabi-style round's denomination or change).</summary>
    public const string Postmix = "postmix";

    /// <summary>The output of the regtest genesis block.</summary>
    public const string Genesis = "genesis";

    /// <summary>The role name of <paramref name="role"/>.</summary>
    internal static string Of(Economy.AddressRole role) => role switch
    {
        Economy.AddressRole.Receive => Receive,
        Economy.AddressRole.Change => Change,
        Economy.AddressRole.Deposit => Deposit,
        Economy.AddressRole.HotWallet => HotWallet,
        Economy.AddressRole.CoordinatorFee => CoordinatorFee,
        Economy.AddressRole.Mining => Mining,
        Economy.AddressRole.Ransom => Ransom,
        Economy.AddressRole.Operator => Operator,
        Economy.AddressRole.Premix => Premix,
        Economy.AddressRole.Postmix => Postmix,
        Economy.AddressRole.Genesis => Genesis,
        _ => throw new ArgumentOutOfRangeException(nameof(role)),
    };
}
