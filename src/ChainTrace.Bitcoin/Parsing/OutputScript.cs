using ChainTrace.Bitcoin.Scripts;

namespace ChainTrace.Bitcoin.Parsing;

/// <summary>An output's classification while rows are built: template, witness version, Base58 payload slot.</summary>
internal struct OutputScript
{
    public ScriptType Type;
    public int WitnessVersion;

    /// <summary>Index of the output's 21-byte payload in the Base58 batch, or -1.</summary>
    public int PayloadSlot;
}
