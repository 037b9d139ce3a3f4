namespace ChainTrace.Scenarios.Bitcoin.AnswerKeys;

/// <summary>
/// The bounded part of a generated scenario's answer key, stored as <c>answer-key.json</c> (snake_case names, amounts
/// in satoshis as JSON integers). The per-address and per-transaction truth, which grows with the chain, is in the two
/// CSV files it names; read them with <see cref="AnswerKeyReader"/>.
/// </summary>
public sealed record BitcoinAnswerKey
{
    /// <summary>The format identifier and version, <see cref="CurrentFormat"/>.</summary>
    public const string CurrentFormat = "chaintrace.scenario.bitcoin/1";

    /// <summary>Format identifier: <see cref="CurrentFormat"/>.</summary>
    public required string Format { get; init; }

    /// <summary>The network the chain belongs to (<c>regtest</c>).</summary>
    public required string Network { get; init; }

    /// <summary>The seed it was generated from.</summary>
    public required long Seed { get; init; }

    /// <summary>Number of blocks, genesis included (tip height + 1).</summary>
    public required long Blocks { get; init; }

    /// <summary>Number of transactions, coinbases included: the rows of the transactions file.</summary>
    public required long Transactions { get; init; }

    /// <summary>Number of distinct addresses paid by the chain: the rows of the addresses file.</summary>
    public required long Addresses { get; init; }

    /// <summary>The blocks folder, relative to the scenario folder (<c>blocks</c>).</summary>
    public required string BlocksDirectory { get; init; }

    /// <summary>The address ownership CSV, relative to the scenario folder.</summary>
    public required string AddressesFile { get; init; }

    /// <summary>The transaction purpose CSV, relative to the scenario folder.</summary>
    public required string TransactionsFile { get; init; }

    /// <summary>The public-knowledge TagPack, relative to the scenario folder.</summary>
    public required string TagPackFile { get; init; }

    /// <summary>Every actor, in creation order.</summary>
    public required IReadOnlyList<ScenarioEntity> Entities { get; init; }

    /// <summary>The ransom (victim payment) addresses, one per victim, in payment order.</summary>
    public required IReadOnlyList<string> RansomAddresses { get; init; }

    /// <summary>Every ransom payment, in chain order.</summary>
    public required IReadOnlyList<RansomPayment> RansomPayments { get; init; }

    /// <summary>Every cash-out, in chain order, with the ransom money it deposited.</summary>
    public required IReadOnlyList<CashOut> CashOuts { get; init; }

    /// <summary>Ransom money paid to non-exchange recipients, in chain order.</summary>
    public required IReadOnlyList<RansomOutflow> RansomOutflows { get; init; }

    /// <summary>Where all ransom money went.</summary>
    public required RansomAccounting RansomAccounting { get; init; }

    /// <summary>The definitions behind the numbers (ransom tracking, CoinJoin rule, cash-out, change), in words.</summary>
    public required IReadOnlyDictionary<string, string> Rules { get; init; }
}
