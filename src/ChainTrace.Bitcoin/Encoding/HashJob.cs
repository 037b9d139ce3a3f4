namespace ChainTrace.Bitcoin;

/// <summary>One message for <see cref="Sha256Lanes.HashMany"/>: a byte range of the source and the digest slot it fills.</summary>
internal struct HashJob
{
    /// <summary>Offset of the message in the source span.</summary>
    public int Offset;

    /// <summary>Message length in bytes.</summary>
    public int Length;

    /// <summary>Index of the 32-byte digest slot the result is written to.</summary>
    public int Destination;

    public HashJob(int offset, int length, int destination)
    {
        Offset = offset;
        Length = length;
        Destination = destination;
    }
}
