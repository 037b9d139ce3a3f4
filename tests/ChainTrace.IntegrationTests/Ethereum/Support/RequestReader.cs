using System.Globalization;
using System.Text;

namespace ChainTrace.Testing.Ethereum;

/// <summary>Reads HTTP/1.1 requests (headers, then a Content-Length body) from a connection, one after another.</summary>
internal sealed class RequestReader(Stream stream)
{
    private const int MaxHeaderBytes = 64 * 1024;
    private readonly byte[] _buffer = new byte[64 * 1024];
    private int _start;
    private int _end;

    /// <summary>The next request's head (request line and headers) and body, or null when the client closed the connection.</summary>
    public async Task<(string Head, string Body)?> ReadAsync(CancellationToken cancellationToken)
    {
        int headerEnd;
        while ((headerEnd = FindHeaderEnd()) < 0)
        {
            if (_end - _start >= MaxHeaderBytes || !await FillAsync(cancellationToken))
            {
                return null;
            }
        }

        var headers = Encoding.ASCII.GetString(_buffer, _start, headerEnd - _start);
        _start = headerEnd + 4;
        var length = 0;
        foreach (var line in headers.Split("\r\n"))
        {
            if (line.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase))
            {
                length = int.Parse(line.AsSpan("Content-Length:".Length).Trim(), CultureInfo.InvariantCulture);
            }
        }

        var body = new byte[length];
        var copied = 0;
        while (copied < length)
        {
            if (_start == _end && !await FillAsync(cancellationToken))
            {
                return null;
            }

            var take = Math.Min(length - copied, _end - _start);
            Array.Copy(_buffer, _start, body, copied, take);
            _start += take;
            copied += take;
        }

        return (headers, Encoding.UTF8.GetString(body));
    }

    private int FindHeaderEnd()
    {
        var index = _buffer.AsSpan(_start, _end - _start).IndexOf("\r\n\r\n"u8);
        return index < 0 ? -1 : _start + index;
    }

    private async Task<bool> FillAsync(CancellationToken cancellationToken)
    {
        if (_start > 0)
        {
            Array.Copy(_buffer, _start, _buffer, 0, _end - _start);
            _end -= _start;
            _start = 0;
        }

        if (_end == _buffer.Length)
        {
            return false;
        }

        var read = await stream.ReadAsync(_buffer.AsMemory(_end), cancellationToken);
        _end += read;
        return read > 0;
    }
}
