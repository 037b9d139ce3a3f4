namespace ChainTrace.Bitcoin;

/// <summary>The two bech32 checksum variants.</summary>
public enum Bech32Variant
{
    /// <summary>BIP173 bech32 (checksum constant 1): witness version 0 addresses.</summary>
    Bech32 = 0,

    /// <summary>BIP350 bech32m (checksum constant 0x2bc830a3): witness version 1 and later.</summary>
    Bech32m = 1,
}
