using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace ChainTrace.Testing.Ethereum;

/// <summary>
/// A minimal HTTP/1.1 server on 127.0.0.1 and a free port, for JSON-RPC tests: it reads POST bodies
/// (Content-Length framing, keep-alive) and answers through a handler that may also script faults (drop, truncate,
/// hang). It serves only loopback and stops on dispose.
/// </summary>
public sealed class LoopbackHttpServer : IAsyncDisposable
{
    private readonly TcpListener _listener;
    private readonly Func<string, ServerReply> _handler;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _acceptLoop;
    private readonly List<Task> _connections = [];
    private readonly List<string> _requests = [];
    private readonly List<string> _heads = [];
    private readonly Lock _gate = new();
    private int _inFlight;
    private int _peakInFlight;

    /// <summary>Starts listening.</summary>
    /// <param name="handler">Maps a request body to the reply.</param>
    public LoopbackHttpServer(Func<string, ServerReply> handler)
    {
        _handler = handler;
        _listener = new TcpListener(IPAddress.Loopback, 0);
        _listener.Start();
        Port = ((IPEndPoint)_listener.LocalEndpoint).Port;
        _acceptLoop = AcceptAsync();
    }

    /// <summary>The port the server listens on.</summary>
    public int Port { get; }

    /// <summary>The server's URL, e.g. <c>http://127.0.0.1:40123/</c>.</summary>
    public string Url => string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{Port}/");

    /// <summary>The bodies of all requests received so far.</summary>
    public IReadOnlyList<string> Requests
    {
        get
        {
            lock (_gate)
            {
                return [.. _requests];
            }
        }
    }

    /// <summary>The request lines and headers of all requests received so far.</summary>
    public IReadOnlyList<string> RequestHeads
    {
        get
        {
            lock (_gate)
            {
                return [.. _heads];
            }
        }
    }

    /// <summary>The most requests that were being answered at the same time.</summary>
    public int PeakConcurrentRequests => Volatile.Read(ref _peakInFlight);

    /// <summary>Stops listening and closes every connection.</summary>
    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        Task[] pending;
        lock (_gate)
        {
            pending = [.. _connections, _acceptLoop];
        }

        try
        {
            await Task.WhenAll(pending).WaitAsync(TimeSpan.FromSeconds(10));
        }
        catch (Exception exception) when (exception is OperationCanceledException or SocketException or IOException or ObjectDisposedException or TimeoutException)
        {
            // Connections end with the server.
        }

        _stop.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync(_stop.Token);
            }
            catch (Exception exception) when (exception is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }

            lock (_gate)
            {
                _connections.Add(ServeAsync(client));
            }
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        using (client)
        {
            try
            {
                var stream = client.GetStream();
                var reader = new RequestReader(stream);
                while (!_stop.IsCancellationRequested)
                {
                    var request = await reader.ReadAsync(_stop.Token);
                    if (request is not var (head, body))
                    {
                        return;
                    }

                    lock (_gate)
                    {
                        _requests.Add(body);
                        _heads.Add(head);
                    }

                    var reply = await AnswerAsync(body);
                    switch (reply.Kind)
                    {
                        case ReplyKind.Drop:
                            client.Client.LingerState = new LingerOption(true, 0);
                            return;
                        case ReplyKind.Hang:
                            await Task.Delay(Timeout.Infinite, _stop.Token);
                            return;
                        case ReplyKind.Truncate:
                            await WriteAsync(stream, reply, truncate: true);
                            return;
                        default:
                            await WriteAsync(stream, reply, truncate: false);
                            break;
                    }
                }
            }
            catch (Exception exception) when (exception is OperationCanceledException or IOException or SocketException or ObjectDisposedException)
            {
                // The client went away or the server stopped.
            }
        }
    }

    private async Task<ServerReply> AnswerAsync(string body)
    {
        var now = Interlocked.Increment(ref _inFlight);
        int peak;
        while ((peak = Volatile.Read(ref _peakInFlight)) < now && Interlocked.CompareExchange(ref _peakInFlight, now, peak) != peak)
        {
        }

        try
        {
            var reply = _handler(body);
            if (reply.Delay > TimeSpan.Zero)
            {
                await Task.Delay(reply.Delay, _stop.Token);
            }

            return reply;
        }
        finally
        {
            Interlocked.Decrement(ref _inFlight);
        }
    }

    private async Task WriteAsync(NetworkStream stream, ServerReply reply, bool truncate)
    {
        var body = Encoding.UTF8.GetBytes(reply.Body);
        var head = new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"HTTP/1.1 {reply.Status} {Reason(reply.Status)}\r\n")
            .Append("Content-Type: application/json\r\n")
            .Append(CultureInfo.InvariantCulture, $"Content-Length: {body.Length}\r\n");
        foreach (var (name, value) in reply.Headers ?? new Dictionary<string, string>())
        {
            head.Append(CultureInfo.InvariantCulture, $"{name}: {value}\r\n");
        }

        head.Append(truncate ? "Connection: close\r\n\r\n" : "Connection: keep-alive\r\n\r\n");
        await stream.WriteAsync(Encoding.ASCII.GetBytes(head.ToString()), _stop.Token);
        await stream.WriteAsync(truncate ? body.AsMemory(0, body.Length / 2) : body, _stop.Token);
        await stream.FlushAsync(_stop.Token);
    }

    private static string Reason(int status) => status switch
    {
        200 => "OK",
        400 => "Bad Request",
        401 => "Unauthorized",
        403 => "Forbidden",
        404 => "Not Found",
        429 => "Too Many Requests",
        500 => "Internal Server Error",
        502 => "Bad Gateway",
        503 => "Service Unavailable",
        _ => "Status",
    };
}
