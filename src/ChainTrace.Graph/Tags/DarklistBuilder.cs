namespace ChainTrace.Graph.Tags;

/// <summary>Collects the tags of one darklist: checks, de-duplication by address, comment merging.</summary>
internal sealed class DarklistBuilder(string file)
{
    private readonly TagOrigin _origin = new(TagSourceKind.Darklist, file, "MyEtherWallet address darklist", "MyEtherWallet");
    private readonly List<AddressTag> _tags = [];
    private readonly Dictionary<string, int> _indexOfAddress = new(StringComparer.Ordinal);
    private int _entries;

    public DiagnosticSink Sink { get; } = new(file);

    /// <summary>Counts an entry that cannot be read at all, and reports it.</summary>
    public void Skip(int line, string message)
    {
        _entries++;
        Sink.Add(line, TagSeverity.Error, TagDiagnosticKind.BadEntry, message);
    }

    public void Add(DarklistEntry entry, int entryLine)
    {
        _entries++;
        if (entry.Address is null)
        {
            Sink.Add(entryLine, TagSeverity.Error, TagDiagnosticKind.MissingField, "an entry without 'address'; skipped");
            return;
        }

        var address = TagChecks.CheckAddress(Sink, "ETH", entry.Address, entry.AddressLine);
        if (address is null)
        {
            return;
        }

        if (_indexOfAddress.TryGetValue(address, out var index))
        {
            var kept = _tags[index];
            var merged = kept.Label == DarklistReader.DefaultLabel && entry.Comment.Length > 0;
            if (merged)
            {
                _tags[index] = kept with { Label = entry.Comment, Abuse = AbuseOf(entry.Comment) };
            }

            var what = merged ? "; its comment is kept on the first entry" : string.Empty;
            Sink.Add(entry.AddressLine, TagSeverity.Warning, TagDiagnosticKind.DuplicateEntry, $"'{address}' is listed again (first at line {kept.Line}); dropped{what}");
            return;
        }

        _indexOfAddress.Add(address, _tags.Count);
        _tags.Add(new AddressTag
        {
            Address = address,
            Currency = "ETH",
            Network = "ETH",
            Label = entry.Comment.Length > 0 ? entry.Comment : DarklistReader.DefaultLabel,
            Abuse = AbuseOf(entry.Comment),
            Source = DarklistReader.Source,
            Lastmod = string.IsNullOrWhiteSpace(entry.Date) ? null : TagChecks.ReadDate(Sink, entry.Date, entry.DateLine),
            Origin = _origin,
            Line = entry.AddressLine,
        });
    }

    public TagLoadResult Complete() => new(
        _tags,
        Sink.Complete(),
        [new TagFileSummary(file, TagSourceKind.Darklist, _origin.Title, _entries, _tags.Count)]);

    private static string AbuseOf(string comment) =>
        comment.Contains("phish", StringComparison.OrdinalIgnoreCase) ? TagCategories.Phishing : TagCategories.Scam;
}
