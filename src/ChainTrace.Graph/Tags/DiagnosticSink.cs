using System.Globalization;

namespace ChainTrace.Graph.Tags;

/// <summary>
/// Collects the diagnostics of one file. Per-entry problems that drop or alter an entry are reported one by one;
/// problems that repeat across a whole pack (a header currency that is not a ticker, a missing confidence) are
/// reported once per file and value, with the count and the first line, so a 50,000-tag pack gives one line not 50,000.
/// </summary>
internal sealed class DiagnosticSink(string file)
{
    private readonly List<TagDiagnostic> _items = [];
    private readonly Dictionary<(TagDiagnosticKind Kind, string Key), Aggregate> _aggregates = [];

    /// <summary>The file the diagnostics are about.</summary>
    public string File => file;

    /// <summary>Reports one problem at one line.</summary>
    public void Add(int line, TagSeverity severity, TagDiagnosticKind kind, string message) =>
        _items.Add(new TagDiagnostic(file, line, severity, kind, message));

    /// <summary>Counts one occurrence of a problem that is reported once per file and <paramref name="key"/>.</summary>
    public void AddOnce(int line, TagSeverity severity, TagDiagnosticKind kind, string key, string message)
    {
        if (_aggregates.TryGetValue((kind, key), out var aggregate))
        {
            aggregate.Count++;
        }
        else
        {
            _aggregates.Add((kind, key), new Aggregate(line, severity, message));
        }
    }

    /// <summary>All diagnostics ordered by line (repeated ones once, with their count).</summary>
    public List<TagDiagnostic> Complete()
    {
        foreach (var ((kind, _), a) in _aggregates)
        {
            var message = a.Count == 1
                ? a.Message
                : string.Create(CultureInfo.InvariantCulture, $"{a.Message} ({a.Count:N0} entries, first at line {a.Line})");
            _items.Add(new TagDiagnostic(file, a.Line, a.Severity, kind, message));
        }

        _aggregates.Clear();
        return [.. _items.OrderBy(d => d.Line)];
    }

    private sealed class Aggregate(int line, TagSeverity severity, string message)
    {
        public int Line { get; } = line;

        public TagSeverity Severity { get; } = severity;

        public string Message { get; } = message;

        public int Count { get; set; } = 1;
    }
}
