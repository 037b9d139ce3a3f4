namespace ChainTrace.Detection;

/// <summary>
/// The columns <see cref="AddressFeatureExtractor"/> produces, in order. Values are in coin units (BTC, ETH) for
/// amounts, seconds for durations and days since the Unix epoch for dates; "transactions" are native-coin transaction
/// nodes (token and fee nodes excluded), each counted with its multiplicity when the graph has aggregated edges.
/// </summary>
public static class AddressFeatureNames
{
    /// <summary>Distinct transaction nodes paying the address (change back to a spender excluded).</summary>
    public const string InTx = "in_tx";

    /// <summary>Distinct transaction nodes spending from the address.</summary>
    public const string OutTx = "out_tx";

    /// <summary><see cref="InTx"/> weighted by each node's multiplicity (chain transactions behind an aggregated edge).</summary>
    public const string InTransfers = "in_transfers";

    /// <summary><see cref="OutTx"/> weighted by multiplicity.</summary>
    public const string OutTransfers = "out_transfers";

    /// <summary>Distinct other addresses among the inputs of the transactions paying the address.</summary>
    public const string InCounterparties = "in_counterparties";

    /// <summary>Distinct other addresses among the outputs of the transactions spending from the address.</summary>
    public const string OutCounterparties = "out_counterparties";

    /// <summary>Addresses that both paid and were paid by the address.</summary>
    public const string ReciprocalCounterparties = "reciprocal_counterparties";

    /// <summary>Share of spending transactions that pay the address itself back (change to the same address).</summary>
    public const string SelfTransferShare = "self_transfer_share";

    /// <summary>Token transfer legs of the address (Ethereum).</summary>
    public const string TokenTransfers = "token_transfers";

    /// <summary>Total received, coins.</summary>
    public const string InValue = "in_value";

    /// <summary>Total sent to others (own inputs less change to itself), coins.</summary>
    public const string OutValue = "out_value";

    /// <summary>Mean received per paying transaction node, coins (NaN when none).</summary>
    public const string InValueMean = "in_value_mean";

    /// <summary>Largest receipt, coins (NaN when none).</summary>
    public const string InValueMax = "in_value_max";

    /// <summary>Smallest receipt, coins (NaN when none).</summary>
    public const string InValueMin = "in_value_min";

    /// <summary>Standard deviation of receipts, coins (NaN when none).</summary>
    public const string InValueStd = "in_value_std";

    /// <summary>Mean sent per spending transaction node, coins (NaN when none).</summary>
    public const string OutValueMean = "out_value_mean";

    /// <summary>Largest spend, coins (NaN when none).</summary>
    public const string OutValueMax = "out_value_max";

    /// <summary>Smallest spend, coins (NaN when none).</summary>
    public const string OutValueMin = "out_value_min";

    /// <summary>Standard deviation of spends, coins (NaN when none).</summary>
    public const string OutValueStd = "out_value_std";

    /// <summary><see cref="InValue"/> per chain transaction (<see cref="InTransfers"/>), coins (NaN when none).</summary>
    public const string InValuePerTransfer = "in_value_per_transfer";

    /// <summary><see cref="OutValue"/> per chain transaction, coins (NaN when none).</summary>
    public const string OutValuePerTransfer = "out_value_per_transfer";

    /// <summary><see cref="OutValue"/> / <see cref="InValue"/> (NaN when nothing was received).</summary>
    public const string PassThroughRatio = "pass_through_ratio";

    /// <summary>The largest receipt's share of <see cref="InValue"/> (NaN when none).</summary>
    public const string InMaxShare = "in_max_share";

    /// <summary>Share of receipts with a round value (<see cref="RoundValues"/>) (NaN when none).</summary>
    public const string RoundInShare = "round_in_share";

    /// <summary>Share of payments to others with a round value (NaN when none).</summary>
    public const string RoundOutShare = "round_out_share";

    /// <summary>Fees paid, coins: Ethereum fee nodes; Bitcoin fees of transactions whose inputs are all the address's.</summary>
    public const string FeePaid = "fee_paid";

    /// <summary>First activity, days since the Unix epoch (NaN when none).</summary>
    public const string FirstSeen = "first_seen";

    /// <summary>Last activity, days since the Unix epoch (NaN when none).</summary>
    public const string LastSeen = "last_seen";

    /// <summary>Seconds from first to last activity.</summary>
    public const string ActiveSpan = "active_span";

    /// <summary>Seconds from the first receipt to the first spend (NaN unless both exist).</summary>
    public const string FirstOutDelay = "first_out_delay";

    /// <summary>Mean seconds between consecutive receipts (NaN with fewer than two).</summary>
    public const string InGapMean = "in_gap_mean";

    /// <summary>Shortest seconds between consecutive receipts (NaN with fewer than two).</summary>
    public const string InGapMin = "in_gap_min";

    /// <summary>Mean seconds between consecutive spends (NaN with fewer than two).</summary>
    public const string OutGapMean = "out_gap_mean";

    /// <summary>Shortest seconds between consecutive spends (NaN with fewer than two).</summary>
    public const string OutGapMin = "out_gap_min";

    /// <summary>Mean seconds from the latest receipt to each spend (NaN when no spend follows a receipt).</summary>
    public const string HoldTimeMean = "hold_time_mean";

    /// <summary>
    /// Share of <see cref="OutValue"/> sent within <see cref="AddressFeatureOptions.ForwardWindowSeconds"/> of the latest
    /// receipt (NaN when nothing was sent).
    /// </summary>
    public const string FastForwardShare = "fast_forward_share";

    /// <summary>Chain transactions (both directions) per day of <see cref="ActiveSpan"/> (at least one day).</summary>
    public const string TransfersPerDay = "transfers_per_day";

    /// <summary>Share of its native transfers (both directions, per transaction node) that moved zero value: contract calls on Ethereum (NaN when none).</summary>
    public const string ZeroValueShare = "zero_value_share";

    /// <summary>Distinct UTC days with activity.</summary>
    public const string ActiveDays = "active_days";

    /// <summary>Mean <see cref="OutCounterparties"/> of the addresses that paid it (NaN when none).</summary>
    public const string InNeighbourOutCounterpartiesMean = "in_nbr_out_cp_mean";

    /// <summary>Mean total transaction count (in + out) of the addresses that paid it (NaN when none).</summary>
    public const string InNeighbourTxMean = "in_nbr_tx_mean";

    /// <summary>Share of the addresses that paid it whose only transaction in the graph is that payment (NaN when none).</summary>
    public const string InNeighbourSingleShare = "in_nbr_single_share";

    /// <summary>Mean <see cref="InCounterparties"/> of the addresses it paid (NaN when none).</summary>
    public const string OutNeighbourInCounterpartiesMean = "out_nbr_in_cp_mean";

    /// <summary>Largest <see cref="InCounterparties"/> among the addresses it paid (NaN when none).</summary>
    public const string OutNeighbourInCounterpartiesMax = "out_nbr_in_cp_max";

    /// <summary>Mean <see cref="OutCounterparties"/> of the addresses it paid (NaN when none).</summary>
    public const string OutNeighbourOutCounterpartiesMean = "out_nbr_out_cp_mean";

    /// <summary>Mean <see cref="PassThroughRatio"/> of the addresses it paid, where defined (NaN when none).</summary>
    public const string OutNeighbourPassThroughMean = "out_nbr_pass_through_mean";

    /// <summary>Distinct addresses paid by the addresses it paid (two hops forward, itself excluded), capped.</summary>
    public const string TwoHopOut = "two_hop_out";

    /// <summary>Distinct addresses that paid the addresses that paid it (two hops back, itself excluded), capped.</summary>
    public const string TwoHopIn = "two_hop_in";

    /// <summary>BitcoinHeist income: total received in the windows it received in, coins.</summary>
    public const string HeistIncome = "heist_income";

    /// <summary>BitcoinHeist neighbors: transactions paying it, summed over windows.</summary>
    public const string HeistNeighbors = "heist_neighbors";

    /// <summary>BitcoinHeist weight: fraction of starter coins reaching it, summed over windows.</summary>
    public const string HeistWeight = "heist_weight";

    /// <summary>BitcoinHeist length: non-starter transactions on its longest chain from a starter, largest over windows.</summary>
    public const string HeistLength = "heist_length";

    /// <summary>BitcoinHeist count: starter transactions reaching it, summed over windows.</summary>
    public const string HeistCount = "heist_count";

    /// <summary>BitcoinHeist looped: starters reaching it by more than one directed path, summed over windows.</summary>
    public const string HeistLooped = "heist_looped";

    /// <summary>Windows in which it received (the number of BitcoinHeist rows it would have).</summary>
    public const string HeistWindows = "heist_windows";

    /// <summary>The fixed columns, in order (exposure columns follow them).</summary>
    public static IReadOnlyList<string> Fixed { get; } =
    [
        InTx, OutTx, InTransfers, OutTransfers, InCounterparties, OutCounterparties, ReciprocalCounterparties,
        SelfTransferShare, TokenTransfers,
        InValue, OutValue, InValueMean, InValueMax, InValueMin, InValueStd, OutValueMean, OutValueMax, OutValueMin,
        OutValueStd, InValuePerTransfer, OutValuePerTransfer, PassThroughRatio, InMaxShare, RoundInShare, RoundOutShare,
        FeePaid,
        FirstSeen, LastSeen, ActiveSpan, FirstOutDelay, InGapMean, InGapMin, OutGapMean, OutGapMin, HoldTimeMean,
        FastForwardShare, TransfersPerDay, ZeroValueShare, ActiveDays,
        InNeighbourOutCounterpartiesMean, InNeighbourTxMean, InNeighbourSingleShare, OutNeighbourInCounterpartiesMean,
        OutNeighbourInCounterpartiesMax, OutNeighbourOutCounterpartiesMean, OutNeighbourPassThroughMean, TwoHopOut, TwoHopIn,
        HeistIncome, HeistNeighbors, HeistWeight, HeistLength, HeistCount, HeistLooped, HeistWindows,
    ];

    /// <summary>
    /// The absolute-date columns (<see cref="FirstSeen"/>, <see cref="LastSeen"/>). Labelled sets are often collected
    /// in one period, so these dates can separate the classes by when the data was gathered rather than by behaviour;
    /// <see cref="Portable"/> leaves them out.
    /// </summary>
    public static IReadOnlyList<string> AbsoluteDates { get; } = [FirstSeen, LastSeen];

    /// <summary><paramref name="names"/> without the <see cref="AbsoluteDates"/>: the feature set for models meant to carry over to other periods.</summary>
    public static IReadOnlyList<string> Portable(IReadOnlyList<string> names)
    {
        ArgumentNullException.ThrowIfNull(names);
        return names.Where(n => !AbsoluteDates.Contains(n)).ToList();
    }

    /// <summary>The received-exposure column of <paramref name="category"/>: share of received value paid directly by it.</summary>
    public static string InExposure(string category) => "in_exposure_" + category;

    /// <summary>The sent-exposure column of <paramref name="category"/>: share of value sent directly to it.</summary>
    public static string OutExposure(string category) => "out_exposure_" + category;

    /// <summary>All columns for <paramref name="categories"/>: the fixed ones, then in/out exposure per category.</summary>
    public static IReadOnlyList<string> For(IReadOnlyList<string> categories)
    {
        ArgumentNullException.ThrowIfNull(categories);
        var names = new List<string>(Fixed);
        foreach (var category in categories)
        {
            names.Add(InExposure(category));
            names.Add(OutExposure(category));
        }

        return names;
    }
}
