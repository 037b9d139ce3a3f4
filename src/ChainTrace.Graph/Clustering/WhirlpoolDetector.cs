using System.Globalization;

namespace ChainTrace.Graph.Clustering;

/// <summary>
/// Samourai Whirlpool. A <b>mix</b> has between <see cref="MinMixSize"/> and <see cref="MaxMixSize"/> inputs and as many
/// outputs, every output exactly one pool denomination, every input between the denomination and the denomination plus
/// <see cref="MaxPremixAllowance"/> (premix coins carry the mix's miner fee; remixes are exactly the denomination), and
/// the outputs pay distinct addresses. A <b>TX0</b> has an OP_RETURN output and one or more equal outputs of a pool's
/// premix value (above the denomination by at most <see cref="MaxPremixAllowance"/>), with at most
/// <see cref="MaxTx0OtherOutputs"/> other outputs (coordinator fee, change); it is single-owner and reported as
/// <see cref="CoinJoinKind.Tx0"/>.
/// </summary>
public sealed class WhirlpoolDetector : ICoinJoinDetector
{
    /// <summary>Fewest inputs (= outputs) of a mix: 5, Whirlpool's fixed anonymity set per mix.</summary>
    public const int MinMixSize = 5;

    /// <summary>Most inputs (= outputs) of a mix: 8 (later coordinator versions allowed up to 8).</summary>
    public const int MaxMixSize = 8;

    /// <summary>Largest amount above the denomination a premix coin may carry: 10,000 sat (the pools' mustMix balance cap).</summary>
    public const ulong MaxPremixAllowance = 10_000;

    /// <summary>Most outputs of a TX0 besides its premix outputs and the OP_RETURN: 3 (coordinator fee, change, a second change).</summary>
    public const int MaxTx0OtherOutputs = 3;

    /// <summary>The pool denominations in satoshis: 0.001, 0.01, 0.05 and 0.5 BTC.</summary>
    public static IReadOnlyList<ulong> PoolDenominations { get; } = [100_000, 1_000_000, 5_000_000, 50_000_000];

    /// <summary>The pools to recognise, in satoshis; default <see cref="PoolDenominations"/>.</summary>
    public IReadOnlyList<ulong> Denominations { get; init; } = PoolDenominations;

    /// <inheritdoc />
    public string Name => "whirlpool";

    /// <inheritdoc />
    public CoinJoinDetection? Detect(TransactionShape shape)
    {
        ArgumentNullException.ThrowIfNull(shape);
        return DetectMix(shape) ?? DetectTx0(shape);
    }

    private CoinJoinDetection? DetectMix(TransactionShape shape)
    {
        var n = shape.OutputCount;
        if (n < MinMixSize || n > MaxMixSize || shape.InputCount != n || shape.MostCommonCount != n)
        {
            return null;
        }

        var denomination = shape.MostCommonValue;
        if (!IsPool(denomination) || !shape.OutputsOfValueAreDistinct(denomination, requireFresh: false))
        {
            return null;
        }

        foreach (var value in shape.InputValues)
        {
            if (value < denomination || value - denomination > MaxPremixAllowance)
            {
                return null;
            }
        }

        var reason = string.Create(CultureInfo.InvariantCulture, $"{n} inputs → {n} outputs of exactly {Amounts.Btc(denomination)} (Whirlpool pool), every input at most {Amounts.Btc(MaxPremixAllowance)} above it");
        return new CoinJoinDetection(shape.Transaction, Name, CoinJoinKind.Round, n, denomination, reason);
    }

    private CoinJoinDetection? DetectTx0(TransactionShape shape)
    {
        if (shape.NullDataOutputCount == 0)
        {
            return null;
        }

        var values = shape.OutputValues;
        foreach (var denomination in Denominations)
        {
            ulong premix = 0;
            var count = 0;
            var consistent = true;
            foreach (var value in values)
            {
                if (value > denomination && value - denomination <= MaxPremixAllowance)
                {
                    consistent &= premix == 0 || premix == value;
                    premix = value;
                    count++;
                }
            }

            if (count == 0 || !consistent)
            {
                continue;
            }

            var others = shape.AddressedOutputCount - count;
            if (others > MaxTx0OtherOutputs)
            {
                continue;
            }

            var reason = string.Create(CultureInfo.InvariantCulture, $"TX0: {count} premix output(s) of {Amounts.Btc(premix)} for the {Amounts.Btc(denomination)} pool, an OP_RETURN and {others} other output(s)");
            return new CoinJoinDetection(shape.Transaction, Name, CoinJoinKind.Tx0, count, denomination, reason);
        }

        return null;
    }

    private bool IsPool(ulong value)
    {
        foreach (var denomination in Denominations)
        {
            if (denomination == value)
            {
                return true;
            }
        }

        return false;
    }
}
