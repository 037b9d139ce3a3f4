using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json;
using ChainTrace.Core;
using ChainTrace.Ethereum.Decoding;
using ChainTrace.Ethereum.Rpc;

namespace ChainTrace.Ethereum.Source;

/// <summary>
/// Reads Ethereum blocks from a JSON-RPC node as dataset rows: blocks with full transactions, receipts
/// (<c>eth_getBlockReceipts</c>, falling back to <c>eth_getTransactionReceipt</c>), logs, token transfers and
/// traces (<c>trace_block</c> or <c>debug_traceBlockByNumber</c>, whichever the node offers). Answers about one
/// block are cross-checked; if they disagree because the chain moved, the window is fetched again.
/// </summary>
public sealed class EthereumRpcSource : IDisposable
{
    private readonly WindowFetcher _fetcher;
    private readonly SemaphoreSlim _detection = new(1, 1);
    private volatile bool _detected;

    /// <summary>Creates a source.</summary>
    /// <param name="options">Settings; validated here.</param>
    /// <param name="handler">An HTTP handler to send through (tests); null for the default.</param>
    /// <exception cref="ArgumentException">The options are invalid (the URL is shown redacted).</exception>
    public EthereumRpcSource(EthereumSourceOptions options, HttpMessageHandler? handler = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        Options = options;
        Client = new JsonRpcClient(options.ToClientOptions(), handler);
        _fetcher = new WindowFetcher(Client);
        TraceMode = options.Traces;
        ReceiptMode = options.Receipts;
    }

    /// <summary>The validated settings.</summary>
    public EthereumSourceOptions Options { get; }

    /// <summary>The underlying client (for its statistics and other calls).</summary>
    public JsonRpcClient Client { get; }

    /// <summary>The node's redacted URL.</summary>
    public string Endpoint => Client.Endpoint.Display;

    /// <summary>The trace source in use; <see cref="TraceMode.Auto"/> until the first fetch decides it.</summary>
    public TraceMode TraceMode { get; private set; }

    /// <summary>The receipt method in use; <see cref="ReceiptMode.Auto"/> until the first fetch decides it.</summary>
    public ReceiptMode ReceiptMode { get; private set; }

    /// <summary>The number of the node's latest block (<c>eth_blockNumber</c>).</summary>
    /// <exception cref="ChainSourceException">The node failed.</exception>
    /// <exception cref="ChainDataException">The answer is not a quantity.</exception>
    public Task<long> GetLatestBlockNumberAsync(CancellationToken cancellationToken = default) =>
        Client.CallAsync(
            RpcRequests.BlockNumber(),
            result => RpcValue.Int64(result, new DecodeContext("eth_blockNumber", null, Endpoint), "result"),
            cancellationToken);

    /// <summary>The hashes of blocks <paramref name="from"/> … <paramref name="from"/> + count − 1; null for blocks the node does not have.</summary>
    /// <exception cref="ChainSourceException">The node failed.</exception>
    /// <exception cref="ChainDataException">An answer is malformed.</exception>
    public async Task<string?[]> GetBlockHashesAsync(long from, int count, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(from);
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        return await Client.BatchAsync(
            [.. Enumerable.Range(0, count).Select(i => RpcRequests.Block(from + i, full: false))],
            (i, response) =>
            {
                var context = new DecodeContext("eth_getBlockByNumber", from + i, Endpoint);
                if (response.Error is { } error)
                {
                    throw new ChainSourceException(
                        string.Create(CultureInfo.InvariantCulture, $"The Ethereum node at {Endpoint} answered eth_getBlockByNumber for block {from + i} with error {error}."),
                        isTransient: false);
                }

                return response.Result.ValueKind == JsonValueKind.Null
                    ? null
                    : RpcValue.Hash(response.Result, context, "hash");
            },
            cancellationToken);
    }

    /// <summary>
    /// Decides <see cref="TraceMode"/> and <see cref="ReceiptMode"/> when they are <c>Auto</c>, by asking for the
    /// receipts and traces of <paramref name="probeBlock"/> (use a block that exists and, for traces, is not the genesis).
    /// </summary>
    /// <exception cref="ChainSourceException">The node failed (transiently, through every retry).</exception>
    public async Task DetectCapabilitiesAsync(long probeBlock, CancellationToken cancellationToken = default)
    {
        if (_detected)
        {
            return;
        }

        await _detection.WaitAsync(cancellationToken);
        try
        {
            if (_detected)
            {
                return;
            }

            if (ReceiptMode == ReceiptMode.Auto)
            {
                ReceiptMode = await OffersAsync(RpcRequests.BlockReceipts(probeBlock), cancellationToken)
                    ? ReceiptMode.BlockReceipts
                    : ReceiptMode.TransactionReceipts;
            }

            if (TraceMode == TraceMode.Auto)
            {
                TraceMode = await OffersAsync(RpcRequests.ParityTraces(probeBlock), cancellationToken) ? TraceMode.Parity
                    : await OffersAsync(RpcRequests.GethTraces(probeBlock), cancellationToken) ? TraceMode.Geth
                    : TraceMode.None;
            }

            _detected = true;
        }
        finally
        {
            _detection.Release();
        }
    }

    /// <summary>Fetches blocks <paramref name="from"/> … <paramref name="from"/> + count − 1 with all their rows.</summary>
    /// <exception cref="ChainSourceException">The node failed or answered with an error.</exception>
    /// <exception cref="ChainDataException">An answer is malformed, a block is missing, or answers kept disagreeing.</exception>
    public async Task<IReadOnlyList<EthereumBlockData>> GetBlocksAsync(long from, int count, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(from);
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        await DetectCapabilitiesAsync(Math.Max(from, 1), cancellationToken);
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                return await _fetcher.FetchAsync(from, count, ReceiptMode, TraceMode, cancellationToken);
            }
            catch (InconsistentAnswerException) when (attempt < Options.InconsistencyRetries)
            {
                await Task.Delay(Options.InitialBackoff * (attempt + 1), Options.TimeProvider, cancellationToken);
            }
            catch (InconsistentAnswerException exception)
            {
                throw new ChainDataException(
                    exception.Message,
                    new DataLocation(Height: exception.Block, Source: $"{Endpoint}, after {Options.InconsistencyRetries + 1} fetches"));
            }
        }
    }

    /// <summary>
    /// Streams blocks <paramref name="from"/> … <paramref name="to"/> in order, fetching up to twice
    /// <see cref="EthereumSourceOptions.MaxConcurrency"/> windows of <see cref="EthereumSourceOptions.BatchSize"/>
    /// blocks ahead. Links between windows are not checked here (the caller checks each parent hash).
    /// </summary>
    /// <exception cref="ChainSourceException">The node failed or answered with an error.</exception>
    /// <exception cref="ChainDataException">An answer is malformed, a block is missing, or answers kept disagreeing.</exception>
    public async IAsyncEnumerable<EthereumBlockData> StreamBlocksAsync(
        long from, long to, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(from);
        if (to < from)
        {
            yield break;
        }

        await DetectCapabilitiesAsync(Math.Max(from, Math.Min(1, to)), cancellationToken);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var windows = new Queue<Task<IReadOnlyList<EthereumBlockData>>>();
        var next = from;
        try
        {
            while (next <= to || windows.Count > 0)
            {
                // Twice as many windows as HTTP slots are queued, so a slow head window does not leave slots idle.
                while (windows.Count < 2 * Options.MaxConcurrency && next <= to)
                {
                    var count = (int)Math.Min(Options.BatchSize, to - next + 1);
                    windows.Enqueue(GetBlocksAsync(next, count, stop.Token));
                    next += count;
                }

                foreach (var block in await windows.Dequeue())
                {
                    yield return block;
                }
            }
        }
        finally
        {
            await stop.CancelAsync();
            foreach (var window in windows)
            {
                try
                {
                    await window;
                }
                catch (Exception exception) when (exception is OperationCanceledException or ChainSourceException or ChainDataException)
                {
                    // Fetched ahead and no longer wanted: its outcome does not matter.
                }
            }
        }
    }

    /// <summary>Releases the HTTP client.</summary>
    public void Dispose()
    {
        Client.Dispose();
        _detection.Dispose();
    }

    private async Task<bool> OffersAsync(JsonRpcRequest request, CancellationToken cancellationToken)
    {
        var answers = await Client.BatchAsync([request], (_, response) => !response.IsError && response.Result.ValueKind != JsonValueKind.Null, cancellationToken);
        return answers[0];
    }
}
