using System.Globalization;

namespace ChainTrace.Graph.Clustering;

/// <summary>Formats amounts for evidence text.</summary>
internal static class Amounts
{
    public static string Btc(ulong satoshis) =>
        (satoshis / 100_000_000m).ToString("0.########", CultureInfo.InvariantCulture) + " BTC";

    public static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);
}
