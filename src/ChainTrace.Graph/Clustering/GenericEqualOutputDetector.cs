using System.Globalization;

namespace ChainTrace.Graph.Clustering;

/// <summary>
/// Any equal-output CoinJoin: the most common output value occurs k ≥ <see cref="MinEqualOutputs"/> times, is at least
/// <see cref="MinAmount"/>, and pays k distinct addresses that each receive for the first time; there are at least k
/// inputs from at least k distinct addresses, and at most 2k + 1 outputs that pay an address (one mixed output and at
/// most one change per participant, plus a coordinator fee). The other outputs must not number exactly one: a payer
/// splitting a round amount among k payees makes k equal outputs and one change, while a CoinJoin's participants
/// either all mix exact amounts (no other output) or bring change of their own (two or more).
/// </summary>
public sealed class GenericEqualOutputDetector : ICoinJoinDetector
{
    /// <summary>Fewest equal outputs: 3.</summary>
    public const int MinEqualOutputs = 3;

    /// <summary>Smallest equal value: 5,000 sat.</summary>
    public const ulong MinAmount = 5_000;

    /// <summary>The number of other outputs (besides the equal ones) that rules a transaction out: 1 (one payer's change).</summary>
    public const int ExcludedOtherOutputs = 1;

    /// <inheritdoc />
    public string Name => "equal-output";

    /// <inheritdoc />
    public CoinJoinDetection? Detect(TransactionShape shape)
    {
        ArgumentNullException.ThrowIfNull(shape);
        var k = shape.MostCommonCount;
        var value = shape.MostCommonValue;
        if (k < MinEqualOutputs || value < MinAmount || shape.InputCount < k || shape.DistinctInputAddresses < k
            || shape.AddressedOutputCount > (2 * k) + 1 || shape.AddressedOutputCount - k == ExcludedOtherOutputs
            || !shape.OutputsOfValueAreDistinct(value, requireFresh: true))
        {
            return null;
        }

        var reason = string.Create(CultureInfo.InvariantCulture, $"{k} equal outputs of {Amounts.Btc(value)} to distinct new addresses from {shape.DistinctInputAddresses} input addresses, {shape.AddressedOutputCount} outputs in all");
        return new CoinJoinDetection(shape.Transaction, Name, CoinJoinKind.Round, k, value, reason);
    }
}
