using System.Buffers;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Json;
using ChainTrace.Core;

namespace ChainTrace.Bitcoin.Sources;

/// <summary>
/// Sends JSON-RPC 1.0 requests (single or batch) over HTTP POST with authentication, a per-request timeout, a response
/// size cap, and bounded retries with exponential backoff for transient failures.
/// </summary>
internal sealed class RpcTransport : IDisposable
{
    private readonly BitcoinRpcOptions _options;
    private readonly HttpClient _http;
    private readonly bool _ownsHttp;
    private readonly TimeProvider _time;
    private readonly RpcCredentials _credentials;
    private readonly Uri _requestUri;
    private long _nextId;

    public RpcTransport(BitcoinRpcOptions options, HttpClient? httpClient, TimeProvider timeProvider)
    {
        _options = options;
        _time = timeProvider;
        _credentials = new RpcCredentials(options);
        _requestUri = new UriBuilder(options.Endpoint) { UserName = string.Empty, Password = string.Empty }.Uri;
        Endpoint = _requestUri.GetComponents(UriComponents.SchemeAndServer | UriComponents.Path, UriFormat.UriEscaped);
        if (httpClient is null)
        {
            _http = new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(2) })
            {
                Timeout = Timeout.InfiniteTimeSpan,
            };
            _ownsHttp = true;
        }
        else
        {
            _http = httpClient;
        }
    }

    /// <summary>The endpoint without credentials, for messages.</summary>
    public string Endpoint { get; }

    /// <summary>
    /// Sends <paramref name="calls"/> as one request (a JSON array when <paramref name="asBatch"/>), retrying transient
    /// failures. RPC errors other than -28 are returned in the items for the caller to judge.
    /// </summary>
    /// <exception cref="ChainSourceException">Transient failures persisted through every retry (IsTransient true), or a
    /// non-transient failure (authentication, response not JSON-RPC, response too large).</exception>
    public async Task<RpcResponse> SendAsync(IReadOnlyList<RpcCall> calls, bool asBatch, CancellationToken cancellationToken)
    {
        var firstId = Interlocked.Add(ref _nextId, calls.Count) - calls.Count + 1;
        var body = Serialize(calls, asBatch, firstId);
        var description = calls.Count == 1 && !asBatch
            ? calls[0].Describe()
            : string.Create(CultureInfo.InvariantCulture, $"batch of {calls.Count} {calls[0].Method} calls");
        for (var attempt = 0; ; attempt++)
        {
            var outcome = await SendOnceAsync(body, calls.Count, firstId, asBatch, description, cancellationToken).ConfigureAwait(false);
            if (outcome.Response is not null)
            {
                return outcome.Response;
            }

            if (attempt >= _options.MaxRetries)
            {
                throw new ChainSourceException(
                    string.Create(
                        CultureInfo.InvariantCulture,
                        $"Bitcoin Core RPC {description} at {Endpoint} failed after {attempt + 1} attempts: {outcome.FailureReason}."),
                    isTransient: true,
                    outcome.Error);
            }

            await Task.Delay(Backoff(attempt, outcome.RetryAfter), _time, cancellationToken).ConfigureAwait(false);
        }
    }

    public void Dispose()
    {
        if (_ownsHttp)
        {
            _http.Dispose();
        }
    }

    private TimeSpan Backoff(int attempt, TimeSpan? retryAfter)
    {
        var exponential = _options.RetryBaseDelay * Math.Pow(2, Math.Min(attempt, 30));
        var delay = exponential > _options.MaxRetryDelay ? _options.MaxRetryDelay : exponential;
        if (retryAfter is { } after && after > delay)
        {
            delay = after > _options.MaxRetryDelay ? _options.MaxRetryDelay : after;
        }

        return delay;
    }

    private async Task<RpcAttempt> SendOnceAsync(
        byte[] body, int count, long firstId, bool asBatch, string description, CancellationToken cancellationToken)
    {
        using var timeout = new CancellationTokenSource(_options.RequestTimeout, _time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, _requestUri) { Content = new ByteArrayContent(body) };
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
            request.Headers.Authorization = await _credentials.GetHeaderAsync(linked.Token).ConfigureAwait(false);
            using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, linked.Token)
                .ConfigureAwait(false);
            var status = (int)response.StatusCode;
            if (status is 401 or 403)
            {
                throw new ChainSourceException(
                    string.Create(
                        CultureInfo.InvariantCulture,
                        $"Bitcoin Core RPC at {Endpoint} rejected the credentials (HTTP {status}); check the cookie file or the user name and password."),
                    isTransient: false);
            }

            var retryAfter = response.Headers.RetryAfter?.Delta;
            var bytes = await ReadBodyAsync(response, description, linked.Token).ConfigureAwait(false);
            var document = TryParse(bytes);
            var retryableStatus = status is 429 or 502 or 503 or 504;
            var items = document is null ? null : RpcEnvelope.ReadItems(document.RootElement, count, firstId, asBatch);
            if (items is null || retryableStatus)
            {
                document?.Dispose();
                if (retryableStatus || status >= 500)
                {
                    return RpcAttempt.Failed(
                        string.Create(CultureInfo.InvariantCulture, $"HTTP {status} {response.ReasonPhrase}"), retryAfter);
                }

                throw new ChainSourceException(
                    string.Create(
                        CultureInfo.InvariantCulture,
                        $"Bitcoin Core RPC {description} at {Endpoint} answered HTTP {status} with a body that is not a JSON-RPC response."),
                    isTransient: false);
            }

            foreach (var item in items)
            {
                if (item.ErrorCode == RpcItem.InWarmup)
                {
                    document!.Dispose();
                    return RpcAttempt.Failed($"the node is warming up (RPC error -28: {item.ErrorMessage})");
                }
            }

            return new RpcAttempt(new RpcResponse(document!, items), null, null, null);
        }
        catch (OperationCanceledException ex) when (!cancellationToken.IsCancellationRequested)
        {
            return RpcAttempt.Failed(
                string.Create(CultureInfo.InvariantCulture, $"no complete answer within {_options.RequestTimeout.TotalSeconds:0.###} s"),
                error: ex);
        }
        catch (HttpRequestException ex)
        {
            return RpcAttempt.Failed($"connection failed ({ex.Message})", error: ex);
        }
        catch (IOException ex)
        {
            return RpcAttempt.Failed($"the connection dropped ({ex.Message})", error: ex);
        }
    }

    private async Task<ArraySegment<byte>> ReadBodyAsync(HttpResponseMessage response, string description, CancellationToken cancellationToken)
    {
        var limit = _options.MaxResponseBytes;
        if (response.Content.Headers.ContentLength > limit)
        {
            throw TooLarge(description);
        }

        var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            var initial = (int)Math.Min(response.Content.Headers.ContentLength ?? 64 * 1024, limit) + 1;
            var buffer = new byte[Math.Max(initial, 1024)];
            var length = 0;
            while (true)
            {
                if (length == buffer.Length)
                {
                    if (buffer.Length > limit)
                    {
                        throw TooLarge(description);
                    }

                    Array.Resize(ref buffer, (int)Math.Min((long)buffer.Length * 2, (long)limit + 1));
                }

                var read = await stream.ReadAsync(buffer.AsMemory(length), cancellationToken).ConfigureAwait(false);
                if (read == 0)
                {
                    return new ArraySegment<byte>(buffer, 0, length);
                }

                length += read;
                if (length > limit)
                {
                    throw TooLarge(description);
                }
            }
        }
    }

    private ChainSourceException TooLarge(string description) =>
        new(
            string.Create(
                CultureInfo.InvariantCulture,
                $"Bitcoin Core RPC {description} at {Endpoint} sent a response larger than the {_options.MaxResponseBytes}-byte limit."),
            isTransient: false);

    private static JsonDocument? TryParse(ArraySegment<byte> bytes)
    {
        try
        {
            return bytes.Count == 0 ? null : JsonDocument.Parse(bytes.AsMemory());
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static byte[] Serialize(IReadOnlyList<RpcCall> calls, bool asBatch, long firstId)
    {
        var output = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(output))
        {
            if (asBatch)
            {
                writer.WriteStartArray();
            }

            for (var i = 0; i < calls.Count; i++)
            {
                writer.WriteStartObject();
                writer.WriteString("jsonrpc", "1.0");
                writer.WriteNumber("id", firstId + i);
                writer.WriteString("method", calls[i].Method);
                writer.WriteStartArray("params");
                foreach (var parameter in calls[i].Parameters)
                {
                    WriteValue(writer, parameter);
                }

                writer.WriteEndArray();
                writer.WriteEndObject();
            }

            if (asBatch)
            {
                writer.WriteEndArray();
            }
        }

        return output.WrittenSpan.ToArray();
    }

    private static void WriteValue(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case null:
                writer.WriteNullValue();
                break;
            case string text:
                writer.WriteStringValue(text);
                break;
            case bool flag:
                writer.WriteBooleanValue(flag);
                break;
            case int number:
                writer.WriteNumberValue(number);
                break;
            case long number:
                writer.WriteNumberValue(number);
                break;
            default:
                throw new ArgumentException($"Unsupported RPC parameter type {value.GetType().Name}.", nameof(value));
        }
    }
}
