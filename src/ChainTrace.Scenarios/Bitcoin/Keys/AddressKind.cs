namespace ChainTrace.Scenarios.Bitcoin.Keys;

/// <summary>The address types the generated wallets use.</summary>
internal enum AddressKind : byte
{
    /// <summary>Legacy pay-to-public-key-hash (Base58, <c>m…/n…</c> on regtest).</summary>
    P2pkh,

    /// <summary>Nested segwit: P2WPKH wrapped in P2SH (Base58, <c>2…</c> on regtest).</summary>
    P2shP2wpkh,

    /// <summary>Native segwit v0 key hash (bech32, <c>bcrt1q…</c>).</summary>
    P2wpkh,

    /// <summary>Taproot key path (bech32m, <c>bcrt1p…</c>).</summary>
    P2tr,
}
