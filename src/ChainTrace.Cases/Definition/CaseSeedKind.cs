namespace ChainTrace.Cases;

/// <summary>What a seed of a case names.</summary>
public enum CaseSeedKind
{
    /// <summary>An address (the case file's <c>address</c> key), as the chain writes it.</summary>
    Address = 1,

    /// <summary>A whole transaction (the <c>transaction</c> key), by its id/hash as the chain displays it.</summary>
    Transaction = 2,

    /// <summary>One transaction output (the <c>output</c> key, written <c>txid:vout</c>); Bitcoin only.</summary>
    Output = 3,
}
