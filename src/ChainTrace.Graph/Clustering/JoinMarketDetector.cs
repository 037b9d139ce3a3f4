using System.Globalization;

namespace ChainTrace.Graph.Clustering;

/// <summary>
/// JoinMarket: a taker and makers each put in coins and get one output of the taker's chosen amount, plus (usually)
/// one change output each. Matches when the most common output value occurs k times with
/// <see cref="MinParticipants"/> ≤ k ≤ <see cref="MaxParticipants"/>, is at least <see cref="MinAmount"/>, pays k
/// distinct addresses; there are at least k inputs from at least k distinct addresses; k − 1 or k other outputs that
/// pay an address (every maker's change, and the taker's unless it swept) and no OP_RETURN; and every input and output
/// has one script type (JoinMarket wallets are single-type).
/// </summary>
public sealed class JoinMarketDetector : ICoinJoinDetector
{
    /// <summary>Fewest participants (equal outputs): 3, a taker and two makers.</summary>
    public const int MinParticipants = 3;

    /// <summary>Most participants (equal outputs): 30.</summary>
    public const int MaxParticipants = 30;

    /// <summary>Smallest CoinJoin amount: 27,300 sat (JoinMarket's dust threshold).</summary>
    public const ulong MinAmount = 27_300;

    /// <inheritdoc />
    public string Name => "joinmarket";

    /// <inheritdoc />
    public CoinJoinDetection? Detect(TransactionShape shape)
    {
        ArgumentNullException.ThrowIfNull(shape);
        var k = shape.MostCommonCount;
        var value = shape.MostCommonValue;
        if (k < MinParticipants || k > MaxParticipants || value < MinAmount || shape.InputCount < k
            || shape.DistinctInputAddresses < k || shape.AddressedOutputCount > 2 * k
            || shape.AddressedOutputCount < (2 * k) - 1 || shape.NullDataOutputCount > 0
            || shape.UniformKind() == ScriptKind.Unknown || !shape.OutputsOfValueAreDistinct(value, requireFresh: false))
        {
            return null;
        }

        var reason = string.Create(CultureInfo.InvariantCulture, $"{k} equal outputs of {Amounts.Btc(value)} to distinct addresses, {shape.AddressedOutputCount - k} change output(s), {shape.DistinctInputAddresses} input addresses, one script type (JoinMarket)");
        return new CoinJoinDetection(shape.Transaction, Name, CoinJoinKind.Round, k, value, reason);
    }
}
