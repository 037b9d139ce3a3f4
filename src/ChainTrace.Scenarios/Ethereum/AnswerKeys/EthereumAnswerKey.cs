namespace ChainTrace.Scenarios.Ethereum.AnswerKeys;

/// <summary>
/// The truth about a generated Ethereum scenario (<c>answer-key.json</c>): who owns every address that appears in its
/// blocks, why every transaction was sent, the ransom payments, and how much ransom reached each exchange cash-out.
/// Amounts are decimal strings (exact uint256). Contains no block hashes or timestamps, so the same seed on a fresh node
/// gives the same bytes.
/// </summary>
/// <param name="Chain">Always <c>ethereum</c>.</param>
/// <param name="ChainId">The node's chain id (31337 for Anvil).</param>
/// <param name="Seed">The generator seed.</param>
/// <param name="FirstBlock">The first block the scenario mined.</param>
/// <param name="LastBlock">The last block the scenario mined; blocks in between hold only scenario transactions.</param>
/// <param name="Token">The stablecoin.</param>
/// <param name="Mixer">The mixer.</param>
/// <param name="RansomEthPaidWei">Σ ETH ransom payments, decimal wei.</param>
/// <param name="RansomTokenPaidUnits">Σ stablecoin ransom payments, decimal base units.</param>
/// <param name="Addresses">Every address that appears in the scenario's transactions, logs and traces, sorted.</param>
/// <param name="Transactions">Every transaction the scenario sent, in chain order.</param>
/// <param name="RansomPayments">The victims' payments, in chain order.</param>
/// <param name="CashOuts">Ransom reaching each of the operator's exchange deposit addresses, sorted by address.</param>
public sealed record EthereumAnswerKey(
    string Chain,
    long ChainId,
    long Seed,
    long FirstBlock,
    long LastBlock,
    EthereumScenarioContract Token,
    EthereumScenarioContract Mixer,
    string RansomEthPaidWei,
    string RansomTokenPaidUnits,
    IReadOnlyList<EthereumKeyAddress> Addresses,
    IReadOnlyList<EthereumKeyTransaction> Transactions,
    IReadOnlyList<EthereumRansomPayment> RansomPayments,
    IReadOnlyList<EthereumCashOut> CashOuts);
