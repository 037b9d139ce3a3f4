namespace ChainTrace.Bitcoin.Parsing;

/// <summary>What the structural pass found about one transaction (offsets are within the parsed span).</summary>
internal struct TxInfo
{
    public int Offset;
    public int Length;
    public int StrippedLength;
    public int Version;
    public uint LockTime;
    public int FirstInput;
    public int InputCount;
    public int FirstOutput;
    public int OutputCount;
    public long OutputValue;

    /// <summary>Index into the witness digests, or -1 for a transaction without witness.</summary>
    public int WitnessSlot;

    public readonly bool HasWitness => WitnessSlot >= 0;

    /// <summary>BIP141 weight: stripped size × 3 + total size.</summary>
    public readonly int Weight => (StrippedLength * 3) + Length;
}
