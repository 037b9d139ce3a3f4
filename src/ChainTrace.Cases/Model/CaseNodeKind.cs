namespace ChainTrace.Cases;

/// <summary>What a node of a <see cref="CaseGraph"/> stands for.</summary>
public enum CaseNodeKind
{
    /// <summary>An address (Bitcoin script address, Ethereum account).</summary>
    Address = 1,

    /// <summary>A transaction (or, on Ethereum, one value transfer inside a transaction).</summary>
    Transaction = 2,
}
