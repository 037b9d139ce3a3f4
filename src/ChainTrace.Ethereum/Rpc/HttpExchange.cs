using System.Buffers;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;

namespace ChainTrace.Ethereum.Rpc;

/// <summary>
/// One HTTP POST to the node with a timeout and a size limit on the answer; classifies every failure and never lets
/// a credential into a description.
/// </summary>
internal sealed class HttpExchange(HttpClient http, RpcEndpoint endpoint, JsonRpcClientOptions options)
{
    private static readonly MediaTypeHeaderValue JsonType = new("application/json");

    /// <summary>Sends <paramref name="body"/>; on success the answer is in a pooled buffer the caller must return.</summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public async Task<ExchangeResult> SendAsync(ReadOnlyMemory<byte> body, CancellationToken cancellationToken)
    {
        using var timeout = new CancellationTokenSource(options.Timeout, options.TimeProvider);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, endpoint.RequestUri);
            request.Content = new ReadOnlyMemoryContent(body);
            request.Content.Headers.ContentType = JsonType;
            request.Headers.Authorization = endpoint.Authorization;
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, linked.Token);
            var status = (int)response.StatusCode;
            var transientStatus = response.StatusCode is HttpStatusCode.TooManyRequests or HttpStatusCode.RequestTimeout ||
                                  status >= 500;
            if (transientStatus)
            {
                return ExchangeResult.Failed(new AttemptFailure(
                    FailureKind.Transient, DescribeStatus(response), RetryAfter(response)));
            }

            var declared = response.Content.Headers.ContentLength;
            if (declared > options.MaxResponseBytes)
            {
                return ExchangeResult.Failed(TooLarge());
            }

            var (buffer, length) = await ReadBodyAsync(response, declared, linked.Token);
            if (buffer is null)
            {
                return ExchangeResult.Failed(TooLarge());
            }

            return ExchangeResult.Succeeded(buffer, length, status is >= 200 and < 300 ? null : DescribeStatus(response));
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return ExchangeResult.Failed(new AttemptFailure(
                FailureKind.Transient,
                string.Create(CultureInfo.InvariantCulture, $"no answer within {options.Timeout.TotalSeconds:0.###} s")));
        }
        catch (HttpRequestException exception)
        {
            return ExchangeResult.Failed(new AttemptFailure(FailureKind.Transient, Describe(exception)));
        }
        catch (IOException exception)
        {
            return ExchangeResult.Failed(new AttemptFailure(FailureKind.Transient, Describe(exception)));
        }
    }

    private async Task<(byte[]? Buffer, int Length)> ReadBodyAsync(
        HttpResponseMessage response, long? declared, CancellationToken cancellationToken)
    {
        var limit = (int)Math.Min(options.MaxResponseBytes, Array.MaxLength - 1);
        var initial = declared is > 0 ? (int)Math.Min(declared.Value + 1, limit + 1L) : 64 * 1024;
        var buffer = ArrayPool<byte>.Shared.Rent(initial);
        var total = 0;
        try
        {
            await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken);
            while (true)
            {
                if (total == buffer.Length)
                {
                    if (buffer.Length > limit)
                    {
                        ArrayPool<byte>.Shared.Return(buffer);
                        return (null, 0);
                    }

                    var larger = ArrayPool<byte>.Shared.Rent((int)Math.Min((long)buffer.Length * 2, limit + 1L));
                    buffer.AsSpan(0, total).CopyTo(larger);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = larger;
                }

                var read = await stream.ReadAsync(buffer.AsMemory(total), cancellationToken);
                if (read == 0)
                {
                    break;
                }

                total += read;
                if (total > limit)
                {
                    ArrayPool<byte>.Shared.Return(buffer);
                    return (null, 0);
                }
            }

            return (buffer, total);
        }
        catch
        {
            ArrayPool<byte>.Shared.Return(buffer);
            throw;
        }
    }

    private AttemptFailure TooLarge() => new(
        FailureKind.Fatal,
        string.Create(CultureInfo.InvariantCulture, $"the answer is larger than the limit of {options.MaxResponseBytes} bytes"));

    private TimeSpan? RetryAfter(HttpResponseMessage response)
    {
        var header = response.Headers.RetryAfter;
        if (header?.Delta is { } delta)
        {
            return delta;
        }

        if (header?.Date is { } date)
        {
            var wait = date - options.TimeProvider.GetUtcNow();
            return wait > TimeSpan.Zero ? wait : TimeSpan.Zero;
        }

        return null;
    }

    private static string DescribeStatus(HttpResponseMessage response) =>
        string.Create(CultureInfo.InvariantCulture, $"HTTP {(int)response.StatusCode} {response.ReasonPhrase}").Trim();

    private string Describe(Exception exception)
    {
        var parts = new List<string>();
        for (var current = exception; current is not null && parts.Count < 3; current = current.InnerException)
        {
            parts.Add(endpoint.Scrub(current.Message));
        }

        return $"{exception.GetType().Name}: {string.Join(" / ", parts)}";
    }
}
