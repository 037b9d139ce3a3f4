namespace ChainTrace.Bitcoin.Parsing;

/// <summary>Where one input's outpoint lies, and its sequence number.</summary>
internal struct InputInfo
{
    /// <summary>Offset of the 36-byte outpoint (32-byte txid, 4-byte index) within the parsed span.</summary>
    public int OutpointOffset;
    public uint Sequence;
}
