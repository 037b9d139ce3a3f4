namespace ChainTrace.Ethereum.Decoding;

/// <summary>Keccak-256 signatures (topic 0) of the token transfer events, lowercase 0x hex.</summary>
public static class TokenEventTopics
{
    /// <summary><c>Transfer(address,address,uint256)</c>: ERC-20 (value in data) and ERC-721 (token id indexed).</summary>
    public const string Transfer = "0xddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef";

    /// <summary><c>TransferSingle(address,address,address,uint256,uint256)</c>: ERC-1155.</summary>
    public const string TransferSingle = "0xc3d58168c5ae7397731d063d5bbf3d657854427343f4c083240f7aacaa2d0f62";

    /// <summary><c>TransferBatch(address,address,address,uint256[],uint256[])</c>: ERC-1155.</summary>
    public const string TransferBatch = "0x4a39dc06d4c0dbc64b70af90fd698a233a518aa5d07e595d983b8c0526c8f7fb";
}
