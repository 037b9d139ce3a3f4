using System.Globalization;

namespace ChainTrace.Graph.Clustering;

/// <summary>
/// Wasabi Wallet 2.0 (WabiSabi): a round with at least <see cref="MinInputs"/> inputs and <see cref="MinOutputs"/>
/// outputs that pay an address, whose outputs are ordered by value, largest first (at most
/// <see cref="MaxOrderBreaks"/> break, for a coordinator fee output appended last), and of which at least
/// <see cref="MinDenominationShare"/> are standard denominations (<see cref="IsStandardDenomination"/>), of at least
/// <see cref="MinDistinctDenominations"/> different values. Output values need not repeat: WabiSabi decomposes each
/// participant's amount into standard values, so equal tiers form across participants but are not required. (A payer
/// splitting one round amount among several payees gives one repeated value, not several denominations.)
/// </summary>
public sealed class Wasabi2Detector : ICoinJoinDetector
{
    /// <summary>Fewest inputs: 5 (the smallest rounds a WabiSabi coordinator runs after blame rounds).</summary>
    public const int MinInputs = 5;

    /// <summary>Fewest outputs that pay an address: 5.</summary>
    public const int MinOutputs = 5;

    /// <summary>Smallest share of outputs (that pay an address) with a standard denomination: 0.5.</summary>
    public const double MinDenominationShare = 0.5;

    /// <summary>Fewest different standard denominations among the outputs: 3.</summary>
    public const int MinDistinctDenominations = 3;

    /// <summary>Most places where an output is larger than the one before it: 1 (a coordinator fee output last).</summary>
    public const int MaxOrderBreaks = 1;

    /// <summary>Smallest standard denomination: 5,000 sat (WabiSabi's minimum output amount).</summary>
    public const ulong MinDenomination = 5_000;

    /// <summary>Largest standard denomination: 2^37 sat (about 1,374 BTC).</summary>
    public const ulong MaxDenomination = 1UL << 37;

    private static readonly ulong[] Standard = BuildStandard();

    /// <inheritdoc />
    public string Name => "wasabi2";

    /// <summary>
    /// True for WabiSabi's standard output values between <see cref="MinDenomination"/> and <see cref="MaxDenomination"/>:
    /// powers of 2, powers of 3 and twice them, and 1, 2 and 5 times powers of 10 (satoshis).
    /// </summary>
    public static bool IsStandardDenomination(ulong satoshis) => Array.BinarySearch(Standard, satoshis) >= 0;

    /// <inheritdoc />
    public CoinJoinDetection? Detect(TransactionShape shape)
    {
        ArgumentNullException.ThrowIfNull(shape);
        if (shape.InputCount < MinInputs || shape.AddressedOutputCount < MinOutputs || shape.NullDataOutputCount > 0)
        {
            return null;
        }

        var values = shape.OutputValues;
        var breaks = 0;
        var standard = 0;
        var distinct = 0;
        var last = 0UL;
        for (var i = 0; i < values.Length; i++)
        {
            breaks += i > 0 && values[i] > values[i - 1] ? 1 : 0;
            if (IsStandardDenomination(values[i]))
            {
                standard++;
                distinct += values[i] != last ? 1 : 0;
                last = values[i];
            }
        }

        if (breaks > MaxOrderBreaks || standard < MinDenominationShare * shape.AddressedOutputCount || distinct < MinDistinctDenominations)
        {
            return null;
        }

        var reason = string.Create(CultureInfo.InvariantCulture, $"{shape.InputCount} inputs, {standard} of {shape.AddressedOutputCount} outputs standard denominations, outputs ordered largest first (Wasabi 2.0)");
        return new CoinJoinDetection(shape.Transaction, Name, CoinJoinKind.Round, shape.InputCount, shape.MostCommonCount > 1 ? shape.MostCommonValue : 0, reason);
    }

    private static ulong[] BuildStandard()
    {
        var values = new SortedSet<ulong>();
        void Add(ulong v)
        {
            if (v >= MinDenomination && v <= MaxDenomination)
            {
                values.Add(v);
            }
        }

        for (ulong p = 1; p <= MaxDenomination; p *= 2)
        {
            Add(p);
        }

        for (ulong p = 1; p <= MaxDenomination; p *= 3)
        {
            Add(p);
            Add(p * 2);
        }

        for (ulong p = 1; p <= MaxDenomination; p *= 10)
        {
            Add(p);
            Add(p * 2);
            Add(p * 5);
        }

        return [.. values];
    }
}
