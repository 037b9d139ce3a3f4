using System.Buffers;
using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using ChainTrace.Core;

namespace ChainTrace.Ethereum.Rpc;

/// <summary>
/// A JSON-RPC 2.0 client over HTTP: batches (split at <see cref="JsonRpcClientOptions.MaxBatchSize"/>), bounded
/// concurrency, a timeout per attempt, and retries with exponential backoff and jitter on transient failures
/// (connection errors, timeouts, HTTP 429/408/5xx, error -32005, truncated or malformed answers). Thread-safe.
/// No message it produces contains the URL's credentials: the node is named by <see cref="RpcEndpoint.Display"/>.
/// </summary>
public sealed class JsonRpcClient : IDisposable
{
    private readonly HttpClient _http;
    private readonly SemaphoreSlim _gate;
    private readonly HttpExchange _exchange;
    private int _batchSize;
    private long _httpRequests;
    private long _calls;
    private long _retries;
    private long _bytesReceived;

    /// <summary>Creates a client.</summary>
    /// <param name="options">Settings; validated here.</param>
    /// <param name="handler">An HTTP handler to send through (tests, proxies); null for a pooled default handler.</param>
    /// <exception cref="ArgumentException">The options are invalid (the URL is shown redacted).</exception>
    public JsonRpcClient(JsonRpcClientOptions options, HttpMessageHandler? handler = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        Options = options;
        Endpoint = RpcEndpoint.Parse(options.Url);
        _http = handler is null
            ? new HttpClient(
                new SocketsHttpHandler
                {
                    MaxConnectionsPerServer = options.MaxConcurrency,
                    PooledConnectionLifetime = TimeSpan.FromMinutes(5),
                    AutomaticDecompression = System.Net.DecompressionMethods.All,
                },
                disposeHandler: true)
            : new HttpClient(handler, disposeHandler: false);
        _http.Timeout = Timeout.InfiniteTimeSpan;
        _gate = new SemaphoreSlim(options.MaxConcurrency, options.MaxConcurrency);
        _exchange = new HttpExchange(_http, Endpoint, options);
        _batchSize = options.MaxBatchSize;
    }

    /// <summary>The node, with its redacted display form.</summary>
    public RpcEndpoint Endpoint { get; }

    /// <summary>The validated settings.</summary>
    public JsonRpcClientOptions Options { get; }

    /// <summary>A snapshot of the request counters.</summary>
    public JsonRpcClientStatistics Statistics => new(
        Interlocked.Read(ref _httpRequests), Interlocked.Read(ref _calls), Interlocked.Read(ref _retries), Interlocked.Read(ref _bytesReceived));

    /// <summary>Makes one call and decodes its result while the JSON is alive.</summary>
    /// <param name="request">The call.</param>
    /// <param name="decode">Turns the <c>result</c> (possibly JSON null) into the caller's value.</param>
    /// <param name="cancellationToken">Cancels waiting, sending and backoff.</param>
    /// <exception cref="ChainSourceException">The node answered with an error (not transient), refused the request
    /// (HTTP 4xx), or kept failing transiently through every retry (<see cref="ChainSourceException.IsTransient"/>).</exception>
    /// <exception cref="ChainDataException">Every attempt got a malformed answer, or <paramref name="decode"/> threw it.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public async Task<T> CallAsync<T>(JsonRpcRequest request, Func<JsonElement, T> decode, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(decode);
        var results = await BatchAsync(
            [request],
            (_, response) => response.Error is { } error
                ? throw new ChainSourceException(
                    $"The Ethereum node at {Endpoint.Display} answered {request} with error {error}.", isTransient: false)
                : decode(response.Result),
            cancellationToken);
        return results[0];
    }

    /// <summary>
    /// Makes many calls, in HTTP batches of at most <see cref="JsonRpcClientOptions.MaxBatchSize"/> sent concurrently,
    /// and decodes each answer while its JSON is alive. Calls that fail transiently are retried; an error the node
    /// gives as final (e.g. method not found) is handed to <paramref name="decode"/> to judge.
    /// </summary>
    /// <param name="requests">The calls.</param>
    /// <param name="decode">Receives the call's index in <paramref name="requests"/> and its answer.</param>
    /// <param name="cancellationToken">Cancels waiting, sending and backoff.</param>
    /// <returns>The decoded values in the order of <paramref name="requests"/>.</returns>
    /// <exception cref="ChainSourceException">The node refused the request (HTTP 4xx, answer too large), or kept
    /// failing transiently through every retry.</exception>
    /// <exception cref="ChainDataException">Every attempt got a malformed answer, or <paramref name="decode"/> threw it.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public async Task<T[]> BatchAsync<T>(
        IReadOnlyList<JsonRpcRequest> requests, Func<int, JsonRpcResponse, T> decode, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(requests);
        ArgumentNullException.ThrowIfNull(decode);
        var results = new T[requests.Count];
        var pending = Enumerable.Range(0, requests.Count).ToList();
        var attempts = 0;
        while (pending.Count > 0)
        {
            attempts++;
            var size = Volatile.Read(ref _batchSize);
            var chunks = pending.Chunk(size).ToArray();
            var outcomes = await Task.WhenAll(chunks.Select(chunk => SendChunkAsync(requests, chunk, results, decode, cancellationToken)));
            pending = [.. outcomes.SelectMany(outcome => outcome.Unanswered)];
            if (pending.Count == 0)
            {
                break;
            }

            var failure = outcomes.Select(outcome => outcome.Failure).First(f => f is not null)!;
            if (failure.Kind == FailureKind.Fatal)
            {
                throw new ChainSourceException(
                    $"The Ethereum node at {Endpoint.Display} refused {Describe(requests, pending)}: {failure.Description}.",
                    isTransient: false);
            }

            var largest = chunks.Max(chunk => chunk.Length);
            if (failure.BatchRejected && largest > 1)
            {
                Interlocked.CompareExchange(ref _batchSize, Math.Max(1, largest / 2), size);
                attempts--;
                continue;
            }

            if (attempts > Options.MaxRetries)
            {
                throw Exhausted(requests, pending, attempts, failure);
            }

            Interlocked.Increment(ref _retries);
            await Task.Delay(Backoff(attempts - 1, failure.RetryAfter), Options.TimeProvider, cancellationToken);
        }

        Interlocked.Add(ref _calls, requests.Count);
        return results;
    }

    /// <summary>Releases the HTTP client (not a handler passed in).</summary>
    public void Dispose()
    {
        _http.Dispose();
        _gate.Dispose();
    }

    private async Task<ChunkOutcome> SendChunkAsync<T>(
        IReadOnlyList<JsonRpcRequest> requests, int[] chunk, T[] results, Func<int, JsonRpcResponse, T> decode,
        CancellationToken cancellationToken)
    {
        var body = WriteBody(requests, chunk);
        ExchangeResult exchange;
        await _gate.WaitAsync(cancellationToken);
        try
        {
            Interlocked.Increment(ref _httpRequests);
            exchange = await _exchange.SendAsync(body, cancellationToken);
        }
        finally
        {
            _gate.Release();
        }

        if (exchange.Failure is { } failure)
        {
            return new ChunkOutcome(chunk, failure);
        }

        Interlocked.Add(ref _bytesReceived, exchange.Length);
        var answered = new bool[chunk.Length];
        try
        {
            var result = AnswerReader.Process(
                exchange.Buffer.AsMemory(0, exchange.Length),
                chunk.Length,
                exchange.NonSuccessStatus,
                answered,
                (position, response) => results[chunk[position]] = decode(chunk[position], response));
            return result is null
                ? new ChunkOutcome([], null)
                : new ChunkOutcome([.. chunk.Where((_, position) => !answered[position])], result);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(exchange.Buffer!);
        }
    }

    private static ReadOnlyMemory<byte> WriteBody(IReadOnlyList<JsonRpcRequest> requests, int[] chunk)
    {
        var buffer = new ArrayBufferWriter<byte>(128 * chunk.Length);
        using var writer = new Utf8JsonWriter(buffer);
        if (chunk.Length > 1)
        {
            writer.WriteStartArray();
        }

        for (var position = 0; position < chunk.Length; position++)
        {
            var request = requests[chunk[position]];
            writer.WriteStartObject();
            writer.WriteString("jsonrpc"u8, "2.0"u8);
            writer.WriteNumber("id"u8, position);
            writer.WriteString("method"u8, request.Method);
            writer.WritePropertyName("params"u8);
            writer.WriteRawValue(request.ParamsJson);
            writer.WriteEndObject();
        }

        if (chunk.Length > 1)
        {
            writer.WriteEndArray();
        }

        writer.Flush();
        return buffer.WrittenMemory;
    }

    private TimeSpan Backoff(int retry, TimeSpan? retryAfter)
    {
        var max = Options.MaxBackoff;
        if (retryAfter is { } wait)
        {
            return wait < max ? wait : max;
        }

        var exponential = Options.InitialBackoff * Math.Pow(2, Math.Min(retry, 30));
        var capped = exponential < max ? exponential : max;
        var half = capped / 2;
        return half + (half * (RandomNumberGenerator.GetInt32(0, 1001) / 1000.0));
    }

    private Exception Exhausted(IReadOnlyList<JsonRpcRequest> requests, List<int> pending, int attempts, AttemptFailure failure)
    {
        var what = Describe(requests, pending);
        var count = attempts.ToString(CultureInfo.InvariantCulture);
        return failure.Kind == FailureKind.Malformed
            ? new ChainDataException(
                $"The Ethereum node at {Endpoint.Display} sent a malformed answer to {what} in each of {count} attempts: {failure.Description}.",
                new DataLocation(Source: $"{what} from {Endpoint.Display}"))
            : new ChainSourceException(
                $"The Ethereum node at {Endpoint.Display} kept failing {what} ({count} attempts): {failure.Description}.",
                isTransient: true);
    }

    private static string Describe(IReadOnlyList<JsonRpcRequest> requests, List<int> pending) =>
        pending.Count == 1
            ? requests[pending[0]].ToString()
            : string.Create(CultureInfo.InvariantCulture, $"{requests[pending[0]]} and {pending.Count - 1} more calls");
}
