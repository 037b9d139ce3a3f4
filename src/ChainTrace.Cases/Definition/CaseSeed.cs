namespace ChainTrace.Cases;

/// <summary>
/// One starting point of a case: an address, a transaction or a transaction output, with TagPack-style attribution
/// (label, category, abuse, source, confidence) when the case file gives it.
/// </summary>
/// <param name="Kind">What <paramref name="Value"/> names.</param>
/// <param name="Value">
/// The address as the chain writes it (Ethereum: 0x hex as written in the file), the transaction id (Bitcoin: 64 hex
/// digits; Ethereum: 0x and 64 hex digits), or for an output <c>txid:vout</c>.
/// </param>
/// <param name="Label">Who or what the seed belongs to (TagPack <c>label</c>), or null.</param>
/// <param name="Category">TagPack <c>category</c> (e.g. <c>exchange</c>), or null.</param>
/// <param name="Abuse">TagPack <c>abuse</c> (e.g. <c>ransomware</c>), or null.</param>
/// <param name="Source">Where the attribution comes from (TagPack <c>source</c>: a URL or a citation), or null.</param>
/// <param name="Confidence">TagPack <c>confidence</c> (e.g. <c>forensic</c>), or null.</param>
/// <param name="Line">The 1-based line of the seed in its case file (0 when built in code).</param>
public sealed record CaseSeed(
    CaseSeedKind Kind,
    string Value,
    string? Label = null,
    string? Category = null,
    string? Abuse = null,
    string? Source = null,
    string? Confidence = null,
    int Line = 0)
{
    /// <summary>The seed as written in a case file: <c>address X</c>, <c>transaction X</c> or <c>output X</c>.</summary>
    public override string ToString() => $"{KindName(Kind)} {Value}";

    /// <summary>The case-file key of a seed kind: <c>address</c>, <c>transaction</c> or <c>output</c>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The kind is not defined.</exception>
    public static string KindName(CaseSeedKind kind) => kind switch
    {
        CaseSeedKind.Address => "address",
        CaseSeedKind.Transaction => "transaction",
        CaseSeedKind.Output => "output",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown seed kind."),
    };
}
