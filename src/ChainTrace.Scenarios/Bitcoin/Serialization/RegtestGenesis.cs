namespace ChainTrace.Scenarios.Bitcoin.Serialization;

/// <summary>
/// Bitcoin Core's regtest genesis block (the mainnet genesis transaction under a header with time 1296688602, bits
/// 0x207fffff, nonce 2; hash <c>0f9188f1…466e2206</c>), so a generated blocks folder starts where a real regtest node's does.
/// </summary>
internal static class RegtestGenesis
{
    /// <summary>The block's hash in display order.</summary>
    public const string HashHex = "0f9188f13cb7b2c71f2a335e3a4fc328bf5beb436012afca590b1a11466e2206";

    /// <summary>The coinbase's txid in display order.</summary>
    public const string CoinbaseTxidHex = "4a5e1e4baab89f3a32518a88c31bc87f618f76673e2cc77ab2127b7afdeda33b";

    /// <summary>The P2PK output script of the genesis coinbase (65-byte key, OP_CHECKSIG).</summary>
    public const string OutputScriptHex =
        "4104678afdb0fe5548271967f1a67130b7105cd6a828e03909a67962e0ea1f61deb649f6bc3f4cef38c4f35504e51ec112de5c384df7ba0b8d578a4c702b6bf11d5fac";

    /// <summary>The value of the genesis output (50 BTC) in satoshis.</summary>
    public const long OutputValue = 50_0000_0000;

    /// <summary>The header time of the regtest genesis block (Unix seconds).</summary>
    public const uint Time = 1296688602;

    private const string BlockHex =
        "0100000000000000000000000000000000000000000000000000000000000000000000003ba3edfd7a7b12b27ac72c3e67768f617fc81bc3888a51323a9fb8aa4b1e5e4adae5494dffff7f2002000000"
        + "0101000000010000000000000000000000000000000000000000000000000000000000000000ffffffff4d04ffff001d0104455468652054696d65732030332f4a616e2f32303039204368616e63656c6c6f72206f6e206272696e6b206f66207365636f6e64206261696c6f757420666f722062616e6b73ffffffff0100f2052a0100000043"
        + OutputScriptHex
        + "00000000";

    /// <summary>The serialized block (header, count, coinbase): a new array each call.</summary>
    public static byte[] Bytes() => Convert.FromHexString(BlockHex);
}
