namespace ChainTrace.Bitcoin.Parsing;

/// <summary>One output's value and where its scriptPubKey lies.</summary>
internal struct OutputInfo
{
    public long Value;
    public int ScriptOffset;
    public int ScriptLength;
}
