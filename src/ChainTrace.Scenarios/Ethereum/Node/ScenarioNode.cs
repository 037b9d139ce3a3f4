using System.Globalization;
using System.Numerics;
using System.Text.Json;
using ChainTrace.Core;
using ChainTrace.Ethereum.Hex;
using ChainTrace.Ethereum.Rpc;

namespace ChainTrace.Scenarios.Ethereum.Node;

/// <summary>
/// Drives an Anvil node block by block: automine off, senders impersonated (<c>anvil_autoImpersonateAccount</c>), every
/// transaction sent with explicit nonce, gas limit and legacy gas price, then one <c>evm_mine</c> per block at a
/// timestamp 12 s after the previous block. Checks that each block holds exactly the transactions sent for it, in
/// that order, all successful.
/// </summary>
internal sealed class ScenarioNode(JsonRpcClient rpc)
{
    /// <summary>The legacy gas price of every scenario transaction: 2 gwei (above Anvil's base fee, which starts at 1 gwei and falls on near-empty blocks).</summary>
    public static readonly BigInteger GasPrice = 2_000_000_000;

    /// <summary>Gas of a plain ETH transfer.</summary>
    public const long TransferGas = 21_000;

    /// <summary>Wei a plain ETH transfer costs in gas.</summary>
    public static readonly BigInteger TransferCost = TransferGas * GasPrice;

    private readonly Dictionary<string, long> _nonces = new(StringComparer.Ordinal);
    private readonly List<(TransactionIntent Intent, string Hash)> _pending = [];
    private readonly List<MinedTransaction> _mined = [];
    private long _timestamp;

    /// <summary>The chain id.</summary>
    public long ChainId { get; private set; }

    /// <summary>The node's first dev account (the faucet).</summary>
    public string Faucet { get; private set; } = string.Empty;

    /// <summary>The head block number before the scenario started.</summary>
    public long StartBlock { get; private set; }

    /// <summary>The last block mined.</summary>
    public long LastBlock { get; private set; }

    /// <summary>Every transaction mined so far, in chain order.</summary>
    public IReadOnlyList<MinedTransaction> Mined => _mined;

    /// <summary>Reads chain id, dev accounts and head; switches automine off and impersonation on.</summary>
    /// <exception cref="ChainSourceException">The node is unreachable or is not Anvil (no dev accounts or anvil_* methods).</exception>
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        ChainId = (long)await CallAsync("eth_chainId", r => EthHex.ParseQuantity(r.GetString()), cancellationToken).ConfigureAwait(false);
        var accounts = await CallAsync("eth_accounts", r => r.EnumerateArray().Select(a => a.GetString()!.ToLowerInvariant()).ToArray(), cancellationToken).ConfigureAwait(false);
        Faucet = accounts.Length > 0
            ? accounts[0]
            : throw new ChainSourceException($"The node at {rpc.Endpoint.Display} has no unlocked dev accounts; the scenario needs Anvil.", isTransient: false);
        var head = await rpc.CallAsync(
            JsonRpcRequest.Create("eth_getBlockByNumber", "latest", false),
            r => (Number: (long)EthHex.ParseQuantity(r.GetProperty("number").GetString()), Time: (long)EthHex.ParseQuantity(r.GetProperty("timestamp").GetString())),
            cancellationToken).ConfigureAwait(false);
        StartBlock = head.Number;
        LastBlock = head.Number;
        _timestamp = head.Time;
        await rpc.CallAsync(JsonRpcRequest.Create("evm_setAutomine", false), r => r.ValueKind, cancellationToken).ConfigureAwait(false);
        await rpc.CallAsync(JsonRpcRequest.Create("anvil_autoImpersonateAccount", true), r => r.ValueKind, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Restores automine and switches impersonation off.</summary>
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        await rpc.CallAsync(JsonRpcRequest.Create("anvil_autoImpersonateAccount", false), r => r.ValueKind, cancellationToken).ConfigureAwait(false);
        await rpc.CallAsync(JsonRpcRequest.Create("evm_setAutomine", true), r => r.ValueKind, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Sends a transaction into the next block.</summary>
    /// <returns>Its hash.</returns>
    /// <exception cref="ChainSourceException">The node rejected it (e.g. the sender cannot pay).</exception>
    public async Task<string> SendAsync(TransactionIntent intent, CancellationToken cancellationToken)
    {
        if (!_nonces.TryGetValue(intent.From, out var nonce))
        {
            nonce = (long)await rpc.CallAsync(
                JsonRpcRequest.Create("eth_getTransactionCount", intent.From, "latest"), r => EthHex.ParseQuantity(r.GetString()), cancellationToken).ConfigureAwait(false);
        }

        var tx = new Dictionary<string, object?>
        {
            ["from"] = intent.From,
            ["nonce"] = EthHex.FormatQuantity(nonce),
            ["gas"] = EthHex.FormatQuantity(intent.Gas),
            ["gasPrice"] = EthHex.FormatQuantity(GasPrice),
            ["value"] = EthHex.FormatQuantity(intent.Value),
        };
        if (intent.To is not null)
        {
            tx["to"] = intent.To;
        }

        if (intent.Data is not null)
        {
            tx["data"] = intent.Data;
        }

        var hash = await rpc.CallAsync(JsonRpcRequest.Create("eth_sendTransaction", tx), r => r.GetString()!.ToLowerInvariant(), cancellationToken).ConfigureAwait(false);
        _nonces[intent.From] = nonce + 1;
        _pending.Add((intent, hash));
        return hash;
    }

    /// <summary>Mines the pending transactions into one block and checks it.</summary>
    /// <returns>The block's transactions.</returns>
    /// <exception cref="ChainDataException">The block does not hold exactly the pending transactions, or one failed.</exception>
    public async Task<IReadOnlyList<MinedTransaction>> MineAsync(CancellationToken cancellationToken)
    {
        _timestamp += 12;
        await rpc.CallAsync(
            JsonRpcRequest.Create("evm_mine", new Dictionary<string, object?> { ["timestamp"] = _timestamp, ["blocks"] = 1 }), r => r.ValueKind, cancellationToken).ConfigureAwait(false);
        var number = LastBlock + 1;
        var hashes = await rpc.CallAsync(
            JsonRpcRequest.Create("eth_getBlockByNumber", EthHex.FormatQuantity(number), false),
            r => r.ValueKind == JsonValueKind.Null ? [] : r.GetProperty("transactions").EnumerateArray().Select(t => t.GetString()!.ToLowerInvariant()).ToArray(),
            cancellationToken).ConfigureAwait(false);
        var location = new DataLocation(Height: number, Source: rpc.Endpoint.Display);
        if (!hashes.Order(StringComparer.Ordinal).SequenceEqual(_pending.Select(p => p.Hash).Order(StringComparer.Ordinal)))
        {
            throw new ChainDataException(
                string.Create(CultureInfo.InvariantCulture, $"Block {number} holds {hashes.Length} transactions, not the {_pending.Count} the scenario sent for it (is something else using the node?)."),
                location);
        }

        var receipts = await rpc.BatchAsync(
            [.. hashes.Select(h => JsonRpcRequest.Create("eth_getTransactionReceipt", h))],
            (_, r) => r.IsError
                ? throw new ChainDataException($"The node failed to return a receipt: {r.Error}.", location)
                : (Status: EthHex.ParseQuantity(r.Result.GetProperty("status").GetString()),
                   GasUsed: (BigInteger)EthHex.ParseQuantity(r.Result.GetProperty("gasUsed").GetString()),
                   Contract: r.Result.TryGetProperty("contractAddress", out var c) && c.ValueKind == JsonValueKind.String ? c.GetString()!.ToLowerInvariant() : null),
            cancellationToken).ConfigureAwait(false);
        var intents = _pending.ToDictionary(p => p.Hash, p => p.Intent, StringComparer.Ordinal);
        var block = new List<MinedTransaction>(hashes.Length);
        for (var i = 0; i < hashes.Length; i++)
        {
            if (receipts[i].Status != 1)
            {
                throw new ChainDataException(
                    $"Scenario transaction {hashes[i]} ({intents[hashes[i]].Note}) failed on chain.", location with { Transaction = hashes[i] });
            }

            block.Add(new MinedTransaction(intents[hashes[i]], hashes[i], number, i, receipts[i].GasUsed, receipts[i].Contract));
        }

        _pending.Clear();
        _mined.AddRange(block);
        LastBlock = number;
        return block;
    }

    /// <summary>The ETH balance of <paramref name="address"/> at the head, in wei.</summary>
    public Task<BigInteger> BalanceAsync(string address, CancellationToken cancellationToken) =>
        rpc.CallAsync(JsonRpcRequest.Create("eth_getBalance", address, "latest"), r => EthHex.ParseUInt256(r.GetString()), cancellationToken);

    private Task<T> CallAsync<T>(string method, Func<JsonElement, T> decode, CancellationToken cancellationToken) =>
        rpc.CallAsync(new JsonRpcRequest(method, "[]"), decode, cancellationToken);
}
