namespace ChainTrace.Scenarios.Bitcoin.AnswerKeys;

/// <summary>The values of the answer key's <c>entity_type</c> column: what kind of actor owns an address.</summary>
public static class EntityTypes
{
    /// <summary>An ordinary wallet user.</summary>
    public const string User = "user";

    /// <summary>An exchange (owns its hot wallet and every deposit address it issued).</summary>
    public const string Exchange = "exchange";

    /// <summary>A CoinJoin coordinator (owns only its fee address; participants own their outputs).</summary>
    public const string CoinJoinCoordinator = "coinjoin_coordinator";

    /// <summary>The ransomware operator (owns the ransom addresses and everything it moves them to).</summary>
    public const string Ransomware = "ransomware";

    /// <summary>A ransomware victim (buys coins at an exchange and pays the ransom).</summary>
    public const string Victim = "victim";

    /// <summary>The mining pool (and the genesis block's owner).</summary>
    public const string Miner = "miner";
}
