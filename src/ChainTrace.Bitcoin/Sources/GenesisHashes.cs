using ChainTrace.Core;

namespace ChainTrace.Bitcoin.Sources;

/// <summary>The genesis block hash of each known network, used to anchor the best chain.</summary>
internal static class GenesisHashes
{
    private static readonly Hash256 MainGenesis =
        Hash256.ParseReversed("000000000019d6689c085ae165831e934ff763ae46a2a6c172b3f1b60a8ce26f");

    private static readonly Hash256 TestnetGenesis =
        Hash256.ParseReversed("000000000933ea01ad0ee984209779baaec3ced90fa3f408719526f8d77f4943");

    private static readonly Hash256 Testnet4Genesis =
        Hash256.ParseReversed("00000000da84f2bafbbc53dee25a72ae507ff4914b867c565be350b0da8bf043");

    private static readonly Hash256 SignetGenesis =
        Hash256.ParseReversed("00000008819873e925422c1ff0f99f7cc9bbb232af63a077a480a3633bee1ef6");

    private static readonly Hash256 RegtestGenesis =
        Hash256.ParseReversed("0f9188f13cb7b2c71f2a335e3a4fc328bf5beb436012afca590b1a11466e2206");

    /// <summary>The well-known genesis hash of <paramref name="network"/>.</summary>
    public static Hash256 Of(BitcoinNetwork network)
    {
        if (ReferenceEquals(network, BitcoinNetwork.Main))
        {
            return MainGenesis;
        }

        if (ReferenceEquals(network, BitcoinNetwork.Testnet))
        {
            return TestnetGenesis;
        }

        if (ReferenceEquals(network, BitcoinNetwork.Testnet4))
        {
            return Testnet4Genesis;
        }

        return ReferenceEquals(network, BitcoinNetwork.Signet) ? SignetGenesis : RegtestGenesis;
    }
}
