namespace ChainTrace.Graph.Tags;

/// <summary>Collecting the tags of one OFAC list.</summary>
public sealed partial class OfacListReader
{
    private sealed class Builder
    {
        private readonly string _file;
        private readonly string _ticker;
        private readonly TagOrigin _origin;
        private readonly List<AddressTag> _tags = [];
        private readonly Dictionary<string, int> _seen = new(StringComparer.Ordinal);
        private int _entries;

        public Builder(string file, string ofacCurrency)
        {
            _file = file;
            _ticker = TickerOf(ofacCurrency);
            Sink = new DiagnosticSink(file);
            _origin = new TagOrigin(TagSourceKind.OfacList, file, $"OFAC SDN list ({ofacCurrency.Trim().ToUpperInvariant()})", "US Treasury OFAC");
        }

        public DiagnosticSink Sink { get; }

        public void Skip(int line, string message)
        {
            _entries++;
            Sink.Add(line, TagSeverity.Error, TagDiagnosticKind.BadEntry, message);
        }

        public void Add(string raw, int line)
        {
            _entries++;
            var address = TagChecks.CheckAddress(Sink, _ticker, raw, line);
            if (address is null)
            {
                return;
            }

            if (!_seen.TryAdd(address, line))
            {
                Sink.Add(line, TagSeverity.Warning, TagDiagnosticKind.DuplicateEntry, $"'{address}' is listed again (first at line {_seen[address]}); dropped");
                return;
            }

            TagConfidence.TryGetLevel("authority_data", out var level);
            _tags.Add(new AddressTag
            {
                Address = address,
                Currency = _ticker,
                Network = _ticker,
                Label = Label,
                Abuse = TagCategories.Sanction,
                Confidence = "authority_data",
                ConfidenceLevel = level,
                Source = Source,
                Origin = _origin,
                Line = line,
            });
        }

        public TagLoadResult Complete() => new(
            _tags,
            Sink.Complete(),
            [new TagFileSummary(_file, TagSourceKind.OfacList, _origin.Title, _entries, _tags.Count, UsedYamlDotNet: false)]);
    }
}
