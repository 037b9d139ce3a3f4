namespace ChainTrace.Graph.Tests.Paths;

/// <summary>Addresses and transactions of mainnet blocks 0–599 (shared/data/bitcoin/EXPECTED_btc_chain_0_599.json).</summary>
internal static class RealChainAddresses
{
    /// <summary>Satoshi's: paid by the block-9 coinbase, pays Hal Finney in block 170.</summary>
    public const string Satoshi = "12cbQLTFMXRnSzktFkuoG3eHoMeFtpTu3S";

    /// <summary>Hal Finney's, paid 10 BTC in block 170.</summary>
    public const string HalFinney = "1Q2TWHE3GMdB6BZKafqwxXtWAWgFt5Jvm3";

    /// <summary>Paid 10 BTC by Satoshi's address in block 181.</summary>
    public const string Block181Payee = "1DUDsfc23Dv9sPMEk5RsrtfzCw5ofi5sVW";

    /// <summary>Paid 1 BTC in block 183, pays on in block 187.</summary>
    public const string Block183Payee = "13HtsYzne8xVPdGDnmJX8gHgBZerAfJGEf";

    /// <summary>Paid 1 BTC in block 187, spent in block 496.</summary>
    public const string Block187Payee = "15NUwyBYrZcnUgTagsm1A7M2yL2GntpuaZ";

    /// <summary>Paid 10 BTC in block 248, spent in block 496.</summary>
    public const string Block248Payee = "1ByLSV2gLRcuqUmfdYcpPQH8Npm8cccsFg";

    /// <summary>Paid 61 BTC by the three-input transaction of block 496.</summary>
    public const string Block496Payee = "1BBz9Z15YpELQ4QP5sEKb1SwxkcmPb5TMs";

    public const string Block9Coinbase = "0437cd7f8525ceed2324359c2d0ba26006d92d856a9c20fa0241106ee5a597c9";
    public const string Block170Tx = "f4184fc596403b9d638783cf57adfe4c75c605f6356fbc91338530e9831e9e16";
    public const string Block181Tx = "a16f3ce4dd5deb92d98ef5cf8afeaf0775ebca408f708b2146c4fb42b41e14be";
    public const string Block183Tx = "12b5633bad1f9c167d523ad1aa1947b2732a865bf5414eab2f9e5ae5d5c191ba";
    public const string Block187Tx = "4385fcf8b14497d0659adccfe06ae7e38e0b5dc95ff8a13d7c62035994a0cd79";
    public const string Block248Tx = "828ef3b079f9c23829c56fe86e85b4a69d9e06e5b54ea597eef5fb3ffef509fe";
    public const string Block496Tx = "a3b0e9e7cddbbe78270fa4182a7675ff00b92872d8df7d14265a2b1e379a9d33";

    /// <summary>Block times (Unix seconds) read from the block headers in blk00000.dat.</summary>
    public const long Block9Time = 1231473279;
    public const long Block170Time = 1231731025;
    public const long Block181Time = 1231740133;
    public const long Block183Time = 1231742062;
    public const long Block187Time = 1231744600;
    public const long Block248Time = 1231790660;
    public const long Block496Time = 1231965655;
}
