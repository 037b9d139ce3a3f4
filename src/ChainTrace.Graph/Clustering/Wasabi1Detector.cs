using System.Globalization;

namespace ChainTrace.Graph.Clustering;

/// <summary>
/// Wasabi Wallet 1.x (ZeroLink, 2018–2022): one large round whose most common output value is the base denomination
/// (about 0.1 BTC, between <see cref="MinBaseDenomination"/> and <see cref="MaxBaseDenomination"/>) and occurs at least
/// <see cref="MinEqualOutputs"/> times, with at least as many inputs, and every input and output native segwit v0
/// (P2WPKH; Wasabi 1 spent and created nothing else). Mixing levels above the base and change outputs are allowed.
/// </summary>
public sealed class Wasabi1Detector : ICoinJoinDetector
{
    /// <summary>Fewest outputs of the base denomination: 10 (real rounds had 50–100).</summary>
    public const int MinEqualOutputs = 10;

    /// <summary>Smallest base denomination: 0.09 BTC (in satoshis).</summary>
    public const ulong MinBaseDenomination = 9_000_000;

    /// <summary>Largest base denomination: 0.12 BTC (in satoshis).</summary>
    public const ulong MaxBaseDenomination = 12_000_000;

    /// <inheritdoc />
    public string Name => "wasabi1";

    /// <inheritdoc />
    public CoinJoinDetection? Detect(TransactionShape shape)
    {
        ArgumentNullException.ThrowIfNull(shape);
        var k = shape.MostCommonCount;
        var value = shape.MostCommonValue;
        if (k < MinEqualOutputs || shape.InputCount < k || value < MinBaseDenomination || value > MaxBaseDenomination
            || shape.NullDataOutputCount > 0 || shape.UniformKind() != ScriptKind.P2wpkh)
        {
            return null;
        }

        var reason = string.Create(CultureInfo.InvariantCulture, $"{k} outputs of {Amounts.Btc(value)} (Wasabi 1 base denomination) from {shape.InputCount} inputs, all P2WPKH");
        return new CoinJoinDetection(shape.Transaction, Name, CoinJoinKind.Round, k, value, reason);
    }
}
