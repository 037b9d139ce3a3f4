using System.Diagnostics;
using System.Globalization;
using ChainTrace.Ingest;

namespace ChainTrace.Cli.Presentation;

/// <summary>
/// Draws ingest progress on stderr as one refreshed line — stage, height, blocks done/total, blocks/s and MB/s — at most
/// five times a second. Used only when stderr is a terminal; otherwise progress is not drawn at all.
/// </summary>
internal sealed class TerminalProgress : IProgress<IngestProgress>, IDisposable
{
    private readonly TextWriter _error;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly Lock _gate = new();
    private long _lastDrawMs = -1000;
    private IngestProgress? _last;

    public TerminalProgress(TextWriter error)
    {
        _error = error;
    }

    /// <summary>
    /// Runs <paramref name="work"/> with a progress line on stderr when the console may show one (a terminal, not CI),
    /// else with no progress; the line is finished before returning.
    /// </summary>
    public static async Task<T> RunAsync<T>(CliConsole console, Func<IProgress<IngestProgress>?, Task<T>> work)
    {
        using var progress = console.ShowsProgress ? new TerminalProgress(console.Error) : null;
        return await work(progress);
    }

    public void Report(IngestProgress value)
    {
        lock (_gate)
        {
            _last = value;
            var now = _clock.ElapsedMilliseconds;
            if (now - _lastDrawMs < 200)
            {
                return;
            }

            _lastDrawMs = now;
            Draw(value);
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            if (_last is not null)
            {
                Draw(_last);
                _error.WriteLine();
            }
        }
    }

    private void Draw(IngestProgress p)
    {
        var seconds = Math.Max(_clock.Elapsed.TotalSeconds, 1e-3);
        var total = p.BlocksTotal is { } t ? string.Create(CultureInfo.InvariantCulture, $"/{t:N0}") : string.Empty;
        var bar = p.BlocksTotal is { } all && all > 0 ? Bar((double)p.BlocksDone / all) + " " : string.Empty;
        var line = string.Create(
            CultureInfo.InvariantCulture,
            $"\r{bar}{p.Stage,-10} height {p.Height:N0}  blocks {p.BlocksDone:N0}{total}  {p.BlocksDone / seconds:N1} blocks/s  {p.BytesDone / seconds / 1e6:N1} MB/s   ");
        _error.Write(line);
        _error.Flush();
    }

    private static string Bar(double fraction)
    {
        const int width = 24;
        var filled = (int)Math.Round(Math.Clamp(fraction, 0, 1) * width);
        return "[" + new string('#', filled) + new string('-', width - filled) + "]";
    }
}
