using System.Globalization;
using System.Text.Json;
using ChainTrace.Core;

namespace ChainTrace.Bitcoin.Sources;

/// <summary>
/// A Bitcoin Core JSON-RPC client for the calls chain ingest needs: <c>getblockchaininfo</c>, <c>getblockcount</c>,
/// <c>getblockhash</c>, <c>getblock</c> (verbosity 0–3) and <c>getrawtransaction</c>, single or batched.
/// </summary>
/// <remarks>
/// Transient failures (connection refused or dropped, timeouts, HTTP 429/5xx without an RPC answer, RPC error -28
/// while the node warms up) are retried with exponential backoff up to <see cref="BitcoinRpcOptions.MaxRetries"/>
/// times and then raise <see cref="ChainSourceException"/> with IsTransient true; other RPC errors raise it at once with
/// IsTransient false. Messages name the endpoint and call, never credentials. Thread-safe.
/// </remarks>
public sealed class BitcoinRpcClient : IDisposable
{
    private readonly BitcoinRpcOptions _options;
    private readonly RpcTransport _transport;

    /// <summary>Creates the client.</summary>
    /// <param name="options">Endpoint, credentials, timeouts and retries (validated here).</param>
    /// <param name="httpClient">The HTTP client to use (not disposed by this client); default: a private one.</param>
    /// <param name="timeProvider">Time source for timeouts and retry delays; default <see cref="TimeProvider.System"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    /// <exception cref="ArgumentException">An option is invalid (see <see cref="BitcoinRpcOptions.Validate"/>).</exception>
    public BitcoinRpcClient(BitcoinRpcOptions options, HttpClient? httpClient = null, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        _options = options;
        _transport = new RpcTransport(options, httpClient, timeProvider ?? TimeProvider.System);
    }

    /// <summary>The endpoint without credentials, e.g. <c>http://127.0.0.1:8332/</c>.</summary>
    public string Endpoint => _transport.Endpoint;

    /// <summary>Calls any method and returns its result as a detached JSON element.</summary>
    /// <param name="method">The RPC method.</param>
    /// <param name="parameters">Positional parameters: string, int, long, bool or null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="ArgumentException">A parameter has another type.</exception>
    /// <exception cref="ChainSourceException">The call failed (see the class remarks for IsTransient).</exception>
    public async Task<JsonElement> CallAsync(string method, IReadOnlyList<object?> parameters, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(method);
        ArgumentNullException.ThrowIfNull(parameters);
        var call = new RpcCall(method, parameters);
        using var response = await _transport.SendAsync([call], asBatch: false, cancellationToken).ConfigureAwait(false);
        return Expect(response.Items[0], call).Clone();
    }

    /// <summary>The node's chain, best height and hash, and pruning state (<c>getblockchaininfo</c>).</summary>
    /// <exception cref="ChainSourceException">The call failed.</exception>
    /// <exception cref="ChainDataException">The answer lacks a required field.</exception>
    public Task<RpcChainInfo> GetBlockchainInfoAsync(CancellationToken cancellationToken = default) =>
        CallOneAsync(new RpcCall("getblockchaininfo", []), (result, where) => RpcModelReader.ReadChainInfo(result, where), cancellationToken);

    /// <summary>The height of the node's best block (<c>getblockcount</c>).</summary>
    /// <exception cref="ChainSourceException">The call failed.</exception>
    /// <exception cref="ChainDataException">The answer is not a height.</exception>
    public Task<long> GetBlockCountAsync(CancellationToken cancellationToken = default) =>
        CallOneAsync(
            new RpcCall("getblockcount", []),
            (result, where) => result.ValueKind == JsonValueKind.Number && result.TryGetInt64(out var height) && height >= 0
                ? height
                : throw new ChainDataException("The node's block count is not a non-negative integer.", where),
            cancellationToken);

    /// <summary>The hash of the best-chain block at <paramref name="height"/> (<c>getblockhash</c>).</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="height"/> is negative.</exception>
    /// <exception cref="ChainSourceException">The call failed, e.g. the height is above the tip (RPC error -8).</exception>
    /// <exception cref="ChainDataException">The answer is not a hash.</exception>
    public Task<Hash256> GetBlockHashAsync(long height, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(height);
        return CallOneAsync(
            new RpcCall("getblockhash", [height]), (result, where) => RpcJson.HashValue(result, "result", where), cancellationToken);
    }

    /// <summary>
    /// A block's header fields and transactions (<c>getblock</c>). Verbosity 1 lists txids only (sent as <c>true</c>,
    /// which every Core version accepts); 2 adds each transaction with its hex; 3 (Core 23+) adds each input's
    /// <c>prevout</c> (older nodes answer 3 like 2, so <see cref="RpcInput.Prevout"/> stays null).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="verbosity"/> is not 1, 2 or 3.</exception>
    /// <exception cref="ChainSourceException">The call failed, e.g. unknown block (RPC error -5).</exception>
    /// <exception cref="ChainDataException">The answer lacks a required field or has a malformed one.</exception>
    public Task<RpcBlock> GetBlockAsync(Hash256 blockHash, int verbosity, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(verbosity, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(verbosity, 3);
        object verbosityParameter = verbosity == 1 ? true : verbosity;
        return CallOneAsync(
            new RpcCall("getblock", [blockHash.ToReversedHex(), verbosityParameter]),
            (result, where) => RpcModelReader.ReadBlock(result, where),
            cancellationToken);
    }

    /// <summary>The serialized block exactly as the node stores it (<c>getblock</c> verbosity 0).</summary>
    /// <exception cref="ChainSourceException">The call failed.</exception>
    /// <exception cref="ChainDataException">The answer is not hex.</exception>
    public Task<byte[]> GetSerializedBlockAsync(Hash256 blockHash, CancellationToken cancellationToken = default) =>
        CallOneAsync(
            new RpcCall("getblock", [blockHash.ToReversedHex(), 0]),
            (result, where) => result.ValueKind == JsonValueKind.String
                ? RpcJson.Hex(result.GetString()!, "result", where)
                : throw RpcJson.Bad("result", where),
            cancellationToken);

    /// <summary>
    /// A transaction with its outputs (verbose <c>getrawtransaction</c>), or null when the node does not know it
    /// (RPC error -5: not in a block it can find without <c>-txindex</c> or <paramref name="blockHash"/>, nor in the mempool).
    /// </summary>
    /// <param name="txid">The transaction id.</param>
    /// <param name="blockHash">The containing block, when known: lets a node without <c>-txindex</c> find it.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="ChainSourceException">The call failed for another reason.</exception>
    /// <exception cref="ChainDataException">The answer is malformed.</exception>
    public async Task<RpcTransaction?> GetRawTransactionAsync(Hash256 txid, Hash256? blockHash = null, CancellationToken cancellationToken = default) =>
        (await GetRawTransactionsAsync([txid], blockHash, cancellationToken).ConfigureAwait(false))[0];

    /// <summary>Verbose <c>getrawtransaction</c> for many txids in batches; null entries for unknown ones.</summary>
    /// <param name="txids">The transaction ids.</param>
    /// <param name="blockHash">The block containing all of them, when known.</param>
    /// <param name="cancellationToken">Cancels the calls.</param>
    /// <exception cref="ChainSourceException">A call failed other than with "not found".</exception>
    /// <exception cref="ChainDataException">An answer is malformed.</exception>
    public async Task<IReadOnlyList<RpcTransaction?>> GetRawTransactionsAsync(
        IReadOnlyList<Hash256> txids, Hash256? blockHash = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(txids);
        var calls = txids.Select(txid => RawTransactionCall(txid, verbose: true, blockHash)).ToList();
        return await BatchAsync(
            calls,
            (item, call, where) => item.IsError && item.ErrorCode == RpcItem.NotFound
                ? null
                : RpcModelReader.ReadTransaction(Expect(item, call), where),
            cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// The output <paramref name="outPoint"/> refers to (value and script), looked up with verbose
    /// <c>getrawtransaction</c>; null when the node cannot find the transaction (it needs <c>-txindex</c> for confirmed
    /// transactions) or the transaction has no such output.
    /// </summary>
    /// <exception cref="ChainSourceException">The call failed other than with "not found".</exception>
    /// <exception cref="ChainDataException">The answer is malformed.</exception>
    public async Task<Prevout?> GetPrevoutAsync(OutPointId outPoint, CancellationToken cancellationToken = default)
    {
        var found = await GetPrevoutsAsync([outPoint], cancellationToken).ConfigureAwait(false);
        return found.TryGetValue(outPoint, out var prevout) ? prevout : null;
    }

    /// <summary>
    /// Looks up many outputs at once: one batched verbose <c>getrawtransaction</c> per distinct txid. Outputs the node
    /// cannot find are absent from the result.
    /// </summary>
    /// <exception cref="ChainSourceException">A call failed other than with "not found".</exception>
    /// <exception cref="ChainDataException">An answer is malformed.</exception>
    public async Task<IReadOnlyDictionary<OutPointId, Prevout>> GetPrevoutsAsync(
        IEnumerable<OutPointId> outPoints, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(outPoints);
        var wanted = outPoints.Distinct().ToList();
        var txids = wanted.Select(o => o.TransactionId).Distinct().ToList();
        var transactions = await GetRawTransactionsAsync(txids, null, cancellationToken).ConfigureAwait(false);
        var byTxid = new Dictionary<Hash256, RpcTransaction>();
        for (var i = 0; i < txids.Count; i++)
        {
            if (transactions[i] is { } transaction)
            {
                byTxid[txids[i]] = transaction;
            }
        }

        var result = new Dictionary<OutPointId, Prevout>();
        foreach (var outPoint in wanted)
        {
            if (byTxid.TryGetValue(outPoint.TransactionId, out var transaction)
                && transaction.Outputs.FirstOrDefault(o => o.Index == outPoint.OutputIndex) is { } output)
            {
                result[outPoint] = new Prevout(outPoint, output.Value, output.ScriptPubKey, null, null, output.NodeScriptType, output.NodeAddress);
            }
        }

        return result;
    }

    /// <inheritdoc />
    public void Dispose() => _transport.Dispose();

    /// <summary>Serialized transactions (non-verbose getrawtransaction) of one block, in order; null for unknown ones.</summary>
    internal Task<List<byte[]?>> GetRawTransactionBytesAsync(IReadOnlyList<Hash256> txids, Hash256 blockHash, CancellationToken cancellationToken)
    {
        var calls = txids.Select(txid => RawTransactionCall(txid, verbose: false, blockHash)).ToList();
        return BatchAsync(
            calls,
            (item, call, where) =>
            {
                if (item.IsError && item.ErrorCode == RpcItem.NotFound)
                {
                    return null;
                }

                var result = Expect(item, call);
                var hex = result.ValueKind == JsonValueKind.Object ? RpcJson.String(result, "hex", where)
                    : result.ValueKind == JsonValueKind.String ? result.GetString()!
                    : throw RpcJson.Bad("result", where);
                return RpcJson.Hex(hex, "hex", where);
            },
            cancellationToken);
    }

    private static RpcCall RawTransactionCall(Hash256 txid, bool verbose, Hash256? blockHash) =>
        blockHash is { } block
            ? new RpcCall("getrawtransaction", [txid.ToReversedHex(), verbose, block.ToReversedHex()])
            : new RpcCall("getrawtransaction", [txid.ToReversedHex(), verbose]);

    private async Task<T> CallOneAsync<T>(RpcCall call, Func<JsonElement, DataLocation, T> read, CancellationToken cancellationToken)
    {
        using var response = await _transport.SendAsync([call], asBatch: false, cancellationToken).ConfigureAwait(false);
        return read(Expect(response.Items[0], call), Where(call));
    }

    private async Task<List<T>> BatchAsync<T>(
        List<RpcCall> calls, Func<RpcItem, RpcCall, DataLocation, T> read, CancellationToken cancellationToken)
    {
        var results = new List<T>(calls.Count);
        for (var start = 0; start < calls.Count; start += _options.MaxBatchSize)
        {
            var chunk = calls.Skip(start).Take(_options.MaxBatchSize).ToList();
            using var response = await _transport.SendAsync(chunk, asBatch: true, cancellationToken).ConfigureAwait(false);
            for (var i = 0; i < chunk.Count; i++)
            {
                results.Add(read(response.Items[i], chunk[i], Where(chunk[i])));
            }
        }

        return results;
    }

    private JsonElement Expect(RpcItem item, RpcCall call) =>
        item.IsError
            ? throw new ChainSourceException(
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"Bitcoin Core RPC {call.Describe()} at {Endpoint} failed with RPC error {item.ErrorCode?.ToString(CultureInfo.InvariantCulture) ?? "(no code)"}: {item.ErrorMessage}"),
                isTransient: false)
            : item.Result;

    private DataLocation Where(RpcCall call) => new(Source: $"RPC {call.Describe()} at {Endpoint}");
}
