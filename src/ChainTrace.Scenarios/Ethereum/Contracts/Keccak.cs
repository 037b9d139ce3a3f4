using Org.BouncyCastle.Crypto.Digests;

namespace ChainTrace.Scenarios.Ethereum.Contracts;

/// <summary>Keccak-256 (Ethereum's hash, not NIST SHA3-256).</summary>
internal static class Keccak
{
    /// <summary>The 32-byte Keccak-256 digest of <paramref name="data"/>.</summary>
    public static byte[] Hash(ReadOnlySpan<byte> data)
    {
        var digest = new KeccakDigest(256);
        digest.BlockUpdate(data);
        var output = new byte[32];
        digest.DoFinal(output, 0);
        return output;
    }
}
