namespace ChainTrace.Graph.Clustering;

/// <summary>
/// The reasons two addresses can be joined. A merge's evidence carries one or more of them (several change heuristics
/// can agree on the same output); <see cref="ClusteringOptions.ChangeHeuristics"/> takes the change bits as a set.
/// </summary>
[Flags]
public enum ClusteringHeuristic
{
    /// <summary>No heuristic.</summary>
    None = 0,

    /// <summary>Common-input ownership: the inputs of one (non-CoinJoin) transaction belong to one owner.</summary>
    MultiInput = 1 << 0,

    /// <summary>Change: the only output of the inputs' script type (all inputs share one type, one output has it).</summary>
    ChangeAddressType = 1 << 1,

    /// <summary>Change: the only output with a non-round value when the others are round payments.</summary>
    ChangeRoundValue = 1 << 2,

    /// <summary>Change: the only output smaller than the smallest input (an optimal wallet would have left that input out otherwise).</summary>
    ChangeOptimal = 1 << 3,

    /// <summary>Change: the only output whose address is new (first paid here) while every other output's address was paid before.</summary>
    ChangeFreshAddress = 1 << 4,

    /// <summary>Change: the only output spent by a transaction with the same wallet fingerprint (version, lock time, sequence, script type).</summary>
    ChangeFingerprint = 1 << 5,

    /// <summary>Change: the output that continues a peeling chain (spent by another one-input, two-output hop).</summary>
    ChangePeelChain = 1 << 6,

    /// <summary>Ethereum: a deposit address forwarding (almost) all it receives to an exchange hot wallet (Victor 2020).</summary>
    DepositAddress = 1 << 7,

    /// <summary>Ethereum: addresses that each received an airdropped token and forwarded it to the same address.</summary>
    AirdropForwarding = 1 << 8,

    /// <summary>Every change heuristic.</summary>
    AllChange = ChangeAddressType | ChangeRoundValue | ChangeOptimal | ChangeFreshAddress | ChangeFingerprint | ChangePeelChain,
}
