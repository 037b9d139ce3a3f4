namespace ChainTrace.Graph.Clustering;

/// <summary>The script type of a Bitcoin address, as read from its text (see <see cref="ScriptKinds.Classify"/>).</summary>
public enum ScriptKind
{
    /// <summary>Not a recognised Bitcoin address (an Ethereum address, a nonstandard script, no address).</summary>
    Unknown = 0,

    /// <summary>Pay to public key hash: Base58 starting with <c>1</c> (main) or <c>m</c>/<c>n</c> (test, regtest).</summary>
    P2pkh,

    /// <summary>Pay to script hash (including nested segwit): Base58 starting with <c>3</c> (main) or <c>2</c> (test).</summary>
    P2sh,

    /// <summary>Native segwit v0 key hash: bech32 with a 20-byte program.</summary>
    P2wpkh,

    /// <summary>Native segwit v0 script hash: bech32 with a 32-byte program.</summary>
    P2wsh,

    /// <summary>Taproot: bech32m witness version 1 with a 32-byte program.</summary>
    P2tr,

    /// <summary>Another witness version or program length.</summary>
    OtherWitness,
}
