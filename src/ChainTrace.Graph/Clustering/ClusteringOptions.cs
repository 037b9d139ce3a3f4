namespace ChainTrace.Graph.Clustering;

/// <summary>
/// Which heuristics <see cref="AddressClusterer.Run"/> applies. Defaults: common-input ownership with CoinJoin rounds
/// excluded (Bitcoin) and deposit addresses (Ethereum) on; every change heuristic and airdrops off (opt-in).
/// </summary>
public sealed record ClusteringOptions
{
    /// <summary>The defaults.</summary>
    public static ClusteringOptions Default { get; } = new();

    /// <summary>
    /// Options that apply exactly the heuristics in <paramref name="heuristics"/> (multi-input, change bits, deposit,
    /// airdrop), with CoinJoin rounds excluded and every threshold at its default; e.g. from
    /// <see cref="ClusteringHeuristics.TryParseList"/> for <c>chaintrace cluster --heuristics</c>.
    /// </summary>
    /// <param name="heuristics">The heuristics to apply.</param>
    /// <param name="fingerprints">Wallet fingerprints, needed when the set holds <see cref="ClusteringHeuristic.ChangeFingerprint"/>.</param>
    public static ClusteringOptions FromHeuristics(ClusteringHeuristic heuristics, TransactionFingerprints? fingerprints = null) => new()
    {
        MultiInput = (heuristics & ClusteringHeuristic.MultiInput) != 0,
        ChangeHeuristics = heuristics & ClusteringHeuristic.AllChange,
        DepositAddresses = (heuristics & ClusteringHeuristic.DepositAddress) != 0,
        Airdrops = (heuristics & ClusteringHeuristic.AirdropForwarding) != 0,
        Fingerprints = fingerprints,
    };

    /// <summary>Join the input addresses of each transaction (common-input ownership); default true.</summary>
    public bool MultiInput { get; init; } = true;

    /// <summary>Leave CoinJoin rounds out of multi-input and change merging; default true. TX0s are single-owner and stay in.</summary>
    public bool ExcludeCoinJoins { get; init; } = true;

    /// <summary>The CoinJoin detectors, in order; default <see cref="CoinJoinDetectors.Default"/>.</summary>
    public IReadOnlyList<ICoinJoinDetector> CoinJoinDetectors { get; init; } = Clustering.CoinJoinDetectors.Default;

    /// <summary>The change heuristics to apply (bits of <see cref="ClusteringHeuristic.AllChange"/>); default none.</summary>
    public ClusteringHeuristic ChangeHeuristics { get; init; } = ClusteringHeuristic.None;

    /// <summary>
    /// Only an output whose address is paid for the first time can be change; default true. Wallets send change to
    /// fresh addresses, while an exchange deposit address or a reused payee address has usually been paid before, so
    /// this keeps a wrong change verdict from joining a payer with a large cluster.
    /// </summary>
    public bool ChangeRequiresNewAddress { get; init; } = true;

    /// <summary>Smallest combined confidence for a change merge, 0…1; default 0 (any agreed verdict merges).</summary>
    public double MinChangeConfidence { get; init; }

    /// <summary>
    /// Wallet fingerprints of the graph's transactions (<see cref="TransactionFingerprints.Load"/>); required by
    /// <see cref="ClusteringHeuristic.ChangeFingerprint"/>; default null.
    /// </summary>
    public TransactionFingerprints? Fingerprints { get; init; }

    /// <summary>Ethereum: join exchange deposit addresses with their hot wallet; default true.</summary>
    public bool DepositAddresses { get; init; } = true;

    /// <summary>Thresholds of the deposit-address heuristic.</summary>
    public DepositAddressOptions Deposit { get; init; } = new();

    /// <summary>Ethereum: join airdrop recipients that forward to one collector; default false.</summary>
    public bool Airdrops { get; init; }

    /// <summary>Thresholds of the airdrop heuristic.</summary>
    public AirdropOptions Airdrop { get; init; } = new();

    /// <summary>Checks the options against <paramref name="graph"/>.</summary>
    /// <exception cref="ArgumentException">
    /// <see cref="ChangeHeuristics"/> holds a bit that is not a change heuristic; the fingerprint heuristic is on without
    /// fingerprints, or they cover another number of transactions than the graph; a detector list is null;
    /// <see cref="MinChangeConfidence"/> is outside 0…1.
    /// </exception>
    /// <exception cref="ArgumentOutOfRangeException">A deposit or airdrop threshold is invalid.</exception>
    public void Validate(FlowGraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        if ((ChangeHeuristics & ~ClusteringHeuristic.AllChange) != 0)
        {
            throw new ArgumentException($"ChangeHeuristics may only hold change heuristics, not {ChangeHeuristics & ~ClusteringHeuristic.AllChange}.");
        }

        if ((ChangeHeuristics & ClusteringHeuristic.ChangeFingerprint) != 0
            && (Fingerprints is null || Fingerprints.Count != graph.TransactionCount))
        {
            throw new ArgumentException("The wallet-fingerprint change heuristic needs Fingerprints for this graph (TransactionFingerprints.Load).");
        }

        if (CoinJoinDetectors is null || CoinJoinDetectors.Any(d => d is null))
        {
            throw new ArgumentException("CoinJoinDetectors must be a list of detectors (empty to detect none).");
        }

        if (double.IsNaN(MinChangeConfidence) || MinChangeConfidence < 0 || MinChangeConfidence > 1)
        {
            throw new ArgumentException(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"MinChangeConfidence must lie in 0…1, not {MinChangeConfidence}."));
        }

        ArgumentNullException.ThrowIfNull(Deposit, nameof(Deposit));
        ArgumentNullException.ThrowIfNull(Airdrop, nameof(Airdrop));
        Deposit.Validate();
        Airdrop.Validate();
    }
}
