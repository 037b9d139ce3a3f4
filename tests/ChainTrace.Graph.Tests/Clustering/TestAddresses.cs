using System.Text;

namespace ChainTrace.Graph.Tests.Clustering;

/// <summary>Synthetic address texts that <see cref="ChainTrace.Graph.Clustering.ScriptKinds"/> classifies like real ones (no valid checksums).</summary>
internal static class TestAddresses
{
    private const string Bech32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";
    private const string Base58 = "23456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";

    /// <summary>A regtest P2WPKH address (bcrt1q…, 44 characters).</summary>
    public static string Wpkh(int n) => "bcrt1q" + Fill(Bech32, n, 32 + 6);

    /// <summary>A regtest P2TR address (bcrt1p…, 64 characters).</summary>
    public static string Tr(int n) => "bcrt1p" + Fill(Bech32, n, 52 + 6);

    /// <summary>A regtest P2PKH address (m…, 34 characters).</summary>
    public static string Pkh(int n) => "m" + Fill(Base58, n, 33);

    /// <summary>A regtest P2SH address (2…, 35 characters).</summary>
    public static string Sh(int n) => "2" + Fill(Base58, n, 34);

    /// <summary>An Ethereum address (0x + 40 hex).</summary>
    public static string Eth(int n) => "0x" + n.ToString("x40", System.Globalization.CultureInfo.InvariantCulture);

    private static string Fill(string alphabet, int n, int length)
    {
        // The digits of n in the alphabet's base, then padding: distinct n give distinct texts.
        var text = new StringBuilder(length);
        var x = (uint)n;
        for (var i = 0; i < length; i++)
        {
            text.Append(alphabet[(int)(x % (uint)alphabet.Length)]);
            x /= (uint)alphabet.Length;
        }

        return text.ToString();
    }
}
