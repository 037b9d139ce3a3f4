namespace ChainTrace.Ethereum.Decoding;

/// <summary>What <see cref="TokenTransferDecoder.Decode"/> made of a log.</summary>
public enum TokenTransferOutcome
{
    /// <summary>The log is not a token transfer event (other topic 0, or no topics).</summary>
    NotATransfer,

    /// <summary>One or more transfer rows were added.</summary>
    Decoded,

    /// <summary>
    /// The log carries a transfer signature but not the standard layout (wrong topic count, short data, bad array
    /// offsets). Any contract can emit such a log, so it is counted and reported, not treated as corrupt chain data.
    /// </summary>
    Malformed,
}
