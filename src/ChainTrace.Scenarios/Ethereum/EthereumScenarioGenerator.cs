using System.Globalization;
using System.Numerics;
using ChainTrace.Ethereum.Rpc;
using ChainTrace.Scenarios.Ethereum.AnswerKeys;
using ChainTrace.Scenarios.Ethereum.Contracts;
using ChainTrace.Scenarios.Ethereum.Node;
using ChainTrace.Scenarios.Ethereum.Story;
using P = ChainTrace.Scenarios.Ethereum.AnswerKeys.EthereumTransactionPurposes;
using T = ChainTrace.Scenarios.Ethereum.AnswerKeys.EthereumAddressTypes;

namespace ChainTrace.Scenarios.Ethereum;

/// <summary>
/// Plays a deterministic ransomware case on a running Anvil node and writes its answer key and public TagPack.
/// The story (see <see cref="RansomCase"/>): victims pay a ransom in ETH and in a 6-decimal stablecoin; the operator
/// layers it through fresh addresses (splits, merges, hops), through a fixed-denomination mixer (withdrawals are internal
/// transfers a relayer triggers), and cashes out at two exchanges whose deposit addresses are later swept to hot
/// wallets; users pay each other, trade the token, bank at the exchanges and use the mixer honestly around it.
/// On a fresh node the same options give the same addresses, amounts, transactions, order and transaction hashes
/// (block hashes differ, because the node's genesis timestamp does).
/// </summary>
public sealed class EthereumScenarioGenerator
{
    private const int StoryBlocks = 7;
    private static readonly BigInteger Ether = ScenarioWorld.Ether;
    private static readonly BigInteger Dollar = ScenarioWorld.Dollar;
    private readonly EthereumScenarioOptions _options;

    /// <summary>Creates a generator.</summary>
    /// <exception cref="ArgumentException">The options are invalid.</exception>
    public EthereumScenarioGenerator(EthereumScenarioOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        _options = options;
    }

    /// <summary>Sends and mines the scenario, then writes <c>answer-key.json</c> and <c>tags/scenario.yaml</c>.</summary>
    /// <param name="cancellationToken">Cancels between node calls (the node keeps the blocks mined so far).</param>
    /// <returns>What was generated.</returns>
    /// <exception cref="ChainTrace.Core.ChainSourceException">The node is unreachable, is not Anvil, or rejected a transaction.</exception>
    /// <exception cref="ChainTrace.Core.ChainDataException">A block did not hold exactly the scenario's transactions (another client is using the node) or one failed.</exception>
    /// <exception cref="IOException">The output cannot be written.</exception>
    public async Task<EthereumScenarioSummary> GenerateAsync(CancellationToken cancellationToken = default)
    {
        using var rpc = new JsonRpcClient(new JsonRpcClientOptions { Url = _options.RpcUrl, MaxRetries = 2 });
        var node = new ScenarioNode(rpc);
        await node.StartAsync(cancellationToken).ConfigureAwait(false);
        var book = new AddressBook(new ScenarioRandom(_options.Seed, "addresses"));
        var world = new ScenarioWorld(node, book, _options.Seed);
        RansomCase ransom;
        IReadOnlyList<ScenarioExchange> exchanges;
        try
        {
            (ransom, exchanges) = await PlayAsync(world, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            await node.StopAsync(CancellationToken.None).ConfigureAwait(false);
        }

        return await WriteAsync(world, ransom, exchanges, cancellationToken).ConfigureAwait(false);
    }

    private async Task<(RansomCase, IReadOnlyList<ScenarioExchange>)> PlayAsync(ScenarioWorld world, CancellationToken ct)
    {
        var node = world.Node;
        var book = world.Book;
        book.Register(node.Faucet, "faucet", T.Faucet, "node dev account: deploys the contracts, issues USDX, funds the cast");
        book.Register("0x0000000000000000000000000000000000000000", "null", T.NullAddress, "mint sender; the node's block miner");

        await node.SendAsync(new TransactionIntent(node.Faucet, null, 0, ScenarioContractCode.ScenarioStablecoinBytecode, 1_500_000, null, P.Deployment, "deploy the USDX stablecoin"), ct).ConfigureAwait(false);
        await node.SendAsync(new TransactionIntent(node.Faucet, null, 0, ScenarioContractCode.FixedMixerBytecode + Abi.Word(ScenarioWorld.Denomination), 1_500_000, null, P.Deployment, "deploy the 1 ETH mixer"), ct).ConfigureAwait(false);
        var deployed = await world.MineAsync(ct).ConfigureAwait(false);
        world.Token = deployed[0].ContractAddress!;
        world.Mixer = deployed[1].ContractAddress!;
        book.Register(world.Token, "usdx", T.TokenContract, "USDX stablecoin contract (6 decimals)");
        book.Register(world.Mixer, "mixer", T.MixerContract, "fixed-denomination mixer contract (1 ETH)");

        ScenarioExchange[] exchanges =
        [
            new("exchange-a", book.Fresh("exchange-a", T.ExchangeHotWallet, "hot wallet of exchange-a"), book),
            new("exchange-b", book.Fresh("exchange-b", T.ExchangeHotWallet, "hot wallet of exchange-b"), book),
        ];
        var relayer = book.Fresh("mixer-relayer", T.MixerRelayer, "relayer submitting mixer withdrawals");
        var users = Enumerable.Range(0, _options.Users).Select(i => book.Fresh(OrdinaryTraffic.UserId(i), T.User, $"wallet of {OrdinaryTraffic.UserId(i)}")).ToArray();
        var ransom = new RansomCase(world, exchanges[0], exchanges[1], _options.Victims);
        var victims = ransom.Cast();

        foreach (var exchange in exchanges)
        {
            await world.SendEthAsync(node.Faucet, exchange.HotWallet, 500 * Ether, P.Funding, $"faucet funds {exchange.Id}", ct).ConfigureAwait(false);
            await world.MintAsync(exchange.HotWallet, 5_000_000 * Dollar, $"USDX issued to {exchange.Id}", ct).ConfigureAwait(false);
        }

        await world.SendEthAsync(node.Faucet, relayer, Ether, P.Funding, "faucet funds the mixer relayer", ct).ConfigureAwait(false);
        var userEth = (50 * Ether) + (_options.OrdinaryTransactions * Ether / 50);
        foreach (var user in users)
        {
            await world.SendEthAsync(node.Faucet, user, userEth, P.Funding, "faucet funds a user", ct).ConfigureAwait(false);
            await world.MintAsync(user, 100_000 * Dollar, "USDX issued to a user", ct).ConfigureAwait(false);
        }

        foreach (var (wallet, eth, token) in victims)
        {
            await world.SendEthAsync(node.Faucet, wallet, eth, P.Funding, "faucet funds a victim", ct).ConfigureAwait(false);
            await world.MintAsync(wallet, token, "USDX issued to a victim", ct).ConfigureAwait(false);
        }

        await world.MineAsync(ct).ConfigureAwait(false);

        var traffic = new OrdinaryTraffic(world, users, exchanges, _options.Seed);
        var perBlock = Enumerable.Range(0, StoryBlocks).Select(i => (_options.OrdinaryTransactions / StoryBlocks) + (i < _options.OrdinaryTransactions % StoryBlocks ? 1 : 0)).ToArray();
        var honestNotes = new List<(byte[] Note, string Recipient)>();

        await ransom.PayRansomAsync(ct).ConfigureAwait(false);
        for (var u = 0; u < Math.Min(2, users.Length); u++)
        {
            var id = OrdinaryTraffic.UserId(u);
            var note = await world.DepositAsync(users[u], $"{id} deposits into the mixer", ct).ConfigureAwait(false);
            honestNotes.Add((note, book.Fresh(id, T.User, $"mixer withdrawal address of {id}")));
        }

        await traffic.SendAsync(perBlock[0], ct).ConfigureAwait(false);
        await world.MineAsync(ct).ConfigureAwait(false);

        await ransom.SplitAsync(ct).ConfigureAwait(false);
        await traffic.SendAsync(perBlock[1], ct).ConfigureAwait(false);
        await world.MineAsync(ct).ConfigureAwait(false);

        await ransom.MergeAsync(ct).ConfigureAwait(false);
        await traffic.SendAsync(perBlock[2], ct).ConfigureAwait(false);
        await world.MineAsync(ct).ConfigureAwait(false);

        await ransom.MixAndCashOutAsync(ct).ConfigureAwait(false);
        await traffic.SendAsync(perBlock[3], ct).ConfigureAwait(false);
        await world.MineAsync(ct).ConfigureAwait(false);

        await ransom.DrainMergeAsync(ct).ConfigureAwait(false);
        await traffic.SendAsync(perBlock[4], ct).ConfigureAwait(false);
        await world.MineAsync(ct).ConfigureAwait(false);

        var withdrawals = (await ransom.PrepareWithdrawalsAndCashOutAsync(ct).ConfigureAwait(false)).Select(w => (w.Note, w.Recipient, Owner: RansomCase.Operator)).ToList();
        withdrawals.AddRange(honestNotes.Select(h => (h.Note, h.Recipient, Owner: "user")));
        new ScenarioRandom(_options.Seed, "withdrawals").Shuffle(withdrawals);
        foreach (var (note, recipient, owner) in withdrawals)
        {
            await world.WithdrawAsync(relayer, note, recipient, $"relayer withdraws a {owner} note from the mixer", ct).ConfigureAwait(false);
        }

        await traffic.SendAsync(perBlock[5], ct).ConfigureAwait(false);
        await world.MineAsync(ct).ConfigureAwait(false);

        await ransom.CashOutWithdrawalsAsync(ct).ConfigureAwait(false);
        await traffic.SendAsync(perBlock[6], ct).ConfigureAwait(false);
        await world.MineAsync(ct).ConfigureAwait(false);

        await ExchangeSweeps.RunAsync(world, exchanges, ct).ConfigureAwait(false);
        return (ransom, exchanges);
    }

    private async Task<EthereumScenarioSummary> WriteAsync(ScenarioWorld world, RansomCase ransom, IReadOnlyList<ScenarioExchange> exchanges, CancellationToken ct)
    {
        var node = world.Node;
        var mined = node.Mined;
        foreach (var tx in mined)
        {
            foreach (var address in new[] { tx.Intent.From, tx.Intent.To ?? tx.ContractAddress! })
            {
                if (world.Book.Find(address) is null)
                {
                    throw new InvalidOperationException($"Scenario address {address} has no owner in the answer key.");
                }
            }
        }

        var order = mined.ToDictionary(m => m.Hash, m => (m.BlockNumber, m.Index), StringComparer.Ordinal);
        var (eth, token) = ransom.Totals();
        var key = new EthereumAnswerKey(
            "ethereum",
            node.ChainId,
            _options.Seed,
            node.StartBlock + 1,
            node.LastBlock,
            new EthereumScenarioContract(world.Token, "ScenarioStablecoin", "USDX", 6, null, null),
            new EthereumScenarioContract(world.Mixer, "FixedMixer", null, null, Text(ScenarioWorld.Denomination), Text(ScenarioWorld.RelayerFee)),
            Text(eth),
            Text(token),
            world.Book.Sorted(),
            [.. mined.Select(m => new EthereumKeyTransaction(
                m.Hash, m.BlockNumber, m.Index, m.Intent.From, m.Intent.To, Text(m.Intent.Value),
                m.Intent.TokenUnits is { } units ? Text(units) : null, m.Intent.Purpose, m.Intent.Note))],
            ransom.Payments.OrderBy(p => order[p.TransactionHash]).ToList(),
            ransom.CashOuts.ToKey(h => order[h]));

        Directory.CreateDirectory(_options.OutputDirectory);
        var keyPath = Path.GetFullPath(Path.Combine(_options.OutputDirectory, EthereumAnswerKeyJson.FileName));
        await EthereumAnswerKeyJson.WriteAsync(keyPath, key, ct).ConfigureAwait(false);
        var tags = exchanges.Select(e => (e.HotWallet, e.Id, "exchange")).Append((world.Mixer, "mixer", "mixer"));
        var today = DateOnly.FromDateTime(_options.TimeProvider.GetUtcNow().UtcDateTime);
        var tagPath = await EthereumTagPackWriter.WriteAsync(_options.OutputDirectory, _options.Seed, today, tags, ct).ConfigureAwait(false);
        return new EthereumScenarioSummary(
            keyPath, Path.GetFullPath(tagPath), key.FirstBlock, key.LastBlock, mined.Count, key.Addresses.Count, eth, token, world.Token, world.Mixer);
    }

    private static string Text(BigInteger value) => value.ToString(CultureInfo.InvariantCulture);
}
