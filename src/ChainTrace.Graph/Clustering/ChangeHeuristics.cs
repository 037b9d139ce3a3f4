namespace ChainTrace.Graph.Clustering;

/// <summary>
/// The change heuristics' documented thresholds and confidences. Each heuristic looks at one non-CoinJoin transaction
/// with at least two outputs that pay an address and none paying an address already in the inputs' multi-input
/// cluster (then that is the change, and nothing is new), and names at most one output as the spender's change:
/// <list type="bullet">
/// <item><see cref="ClusteringHeuristic.ChangeAddressType"/>: every input has one script type and exactly one output has it.</item>
/// <item><see cref="ClusteringHeuristic.ChangeRoundValue"/>: exactly one output is not round (<see cref="IsRound"/>) and at least one is.</item>
/// <item><see cref="ClusteringHeuristic.ChangeOptimal"/>: exactly one output is smaller than the smallest input.</item>
/// <item><see cref="ClusteringHeuristic.ChangeFreshAddress"/>: of two outputs, exactly one pays its address for the first time (the other address was paid before). Only two-output transactions: in a batch payout, one new customer among known ones looks the same.</item>
/// <item><see cref="ClusteringHeuristic.ChangeFingerprint"/>: every output is spent in the graph, and exactly one by a transaction with the same <see cref="WalletFingerprint"/> (ties broken by the inputs' script type).</item>
/// <item><see cref="ClusteringHeuristic.ChangePeelChain"/>: a one-input, two-output transaction whose larger output, alone, is spent by another one-input, two-output transaction.</item>
/// </list>
/// The confidences are priors, set below the share of correct verdicts each heuristic reaches on the generated
/// ground-truth scenario (97–100 %, 86–97 % for the peeling chain), because real wallets are less regular than
/// simulated ones. Only an output whose address is new can be change unless
/// <see cref="ClusteringOptions.ChangeRequiresNewAddress"/> is off.
/// When several enabled heuristics name different outputs, none is merged (the transaction is counted in
/// <see cref="ClusteringStatistics.ChangeConflicts"/>); when they agree, the confidence is 1 − Π(1 − cᵢ).
/// </summary>
public static class ChangeHeuristics
{
    /// <summary>Confidence of <see cref="ClusteringHeuristic.ChangeAddressType"/>.</summary>
    public const double AddressTypeConfidence = 0.7;

    /// <summary>Confidence of <see cref="ClusteringHeuristic.ChangeRoundValue"/>.</summary>
    public const double RoundValueConfidence = 0.8;

    /// <summary>Confidence of <see cref="ClusteringHeuristic.ChangeOptimal"/>.</summary>
    public const double OptimalConfidence = 0.8;

    /// <summary>Confidence of <see cref="ClusteringHeuristic.ChangeFreshAddress"/>.</summary>
    public const double FreshAddressConfidence = 0.8;

    /// <summary>Confidence of <see cref="ClusteringHeuristic.ChangeFingerprint"/>.</summary>
    public const double FingerprintConfidence = 0.7;

    /// <summary>Confidence of <see cref="ClusteringHeuristic.ChangePeelChain"/>.</summary>
    public const double PeelChainConfidence = 0.6;

    /// <summary>A round value has at least this many trailing decimal zeros in base units: 3 (a multiple of 1,000 sat).</summary>
    public const int RoundMinTrailingZeros = 3;

    /// <summary>A round value has at most this many significant decimal digits: 3 (e.g. 0.0125 BTC).</summary>
    public const int RoundMaxSignificantDigits = 3;

    /// <summary>The single change bits, in the order they are evaluated.</summary>
    public static IReadOnlyList<ClusteringHeuristic> All { get; } =
    [
        ClusteringHeuristic.ChangeAddressType, ClusteringHeuristic.ChangeRoundValue, ClusteringHeuristic.ChangeOptimal,
        ClusteringHeuristic.ChangeFreshAddress, ClusteringHeuristic.ChangeFingerprint, ClusteringHeuristic.ChangePeelChain,
    ];

    /// <summary>The confidence of a single change heuristic.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Not a single change heuristic.</exception>
    public static double ConfidenceOf(ClusteringHeuristic heuristic) => heuristic switch
    {
        ClusteringHeuristic.ChangeAddressType => AddressTypeConfidence,
        ClusteringHeuristic.ChangeRoundValue => RoundValueConfidence,
        ClusteringHeuristic.ChangeOptimal => OptimalConfidence,
        ClusteringHeuristic.ChangeFreshAddress => FreshAddressConfidence,
        ClusteringHeuristic.ChangeFingerprint => FingerprintConfidence,
        ClusteringHeuristic.ChangePeelChain => PeelChainConfidence,
        _ => throw new ArgumentOutOfRangeException(nameof(heuristic), heuristic, "Not a single change heuristic."),
    };

    /// <summary>
    /// True when <paramref name="value"/> (base units) is round: positive, with at least
    /// <see cref="RoundMinTrailingZeros"/> trailing zeros and at most <see cref="RoundMaxSignificantDigits"/> significant digits.
    /// </summary>
    public static bool IsRound(ulong value)
    {
        if (value == 0)
        {
            return false;
        }

        var zeros = 0;
        while (value % 10 == 0)
        {
            value /= 10;
            zeros++;
        }

        return zeros >= RoundMinTrailingZeros && value < Pow10(RoundMaxSignificantDigits);
    }

    private static ulong Pow10(int digits)
    {
        ulong p = 1;
        for (var i = 0; i < digits; i++)
        {
            p *= 10;
        }

        return p;
    }
}
