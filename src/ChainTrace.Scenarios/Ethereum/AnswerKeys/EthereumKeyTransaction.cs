namespace ChainTrace.Scenarios.Ethereum.AnswerKeys;

/// <summary>One scenario transaction and why it was sent.</summary>
/// <param name="Hash">0x transaction hash.</param>
/// <param name="BlockNumber">The block it was mined in.</param>
/// <param name="TransactionIndex">Its position in the block.</param>
/// <param name="From">Sender, lowercase 0x.</param>
/// <param name="To">Recipient (a contract for calls), lowercase 0x; null for a contract creation.</param>
/// <param name="ValueWei">ETH attached, decimal wei.</param>
/// <param name="TokenUnits">Stablecoin moved by the call (base units, 10^-6), decimal; null when it moves none.</param>
/// <param name="Purpose">One of <see cref="EthereumTransactionPurposes"/>.</param>
/// <param name="Note">A short human description.</param>
public sealed record EthereumKeyTransaction(
    string Hash, long BlockNumber, int TransactionIndex, string From, string? To, string ValueWei, string? TokenUnits, string Purpose, string Note);
