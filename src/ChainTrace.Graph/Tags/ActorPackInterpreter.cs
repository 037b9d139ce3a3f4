namespace ChainTrace.Graph.Tags;

/// <summary>Turns the YAML events of one ActorPack into actors and diagnostics.</summary>
internal static class ActorPackInterpreter
{
    private static readonly HashSet<string> HeaderFields = new(StringComparer.Ordinal) { "title", "creator", "description", "lastmod", "owner", "is_public" };

    /// <summary>Interprets the events of one ActorPack file.</summary>
    /// <exception cref="InvalidDataException">Not an ActorPack (no mapping with an <c>actors</c> list).</exception>
    public static ActorLoadResult Interpret(string file, IEnumerable<YamlEvent> events, CancellationToken cancellationToken)
    {
        using var cursor = new YamlEventCursor(events, file);
        var sink = new DiagnosticSink(file);
        var actors = new List<TagActor>();
        if (!cursor.MoveNext() || cursor.Current.Kind != YamlEventKind.MappingStart)
        {
            throw TagFileError.Create(file, cursor.Current.Line, "an ActorPack is a YAML mapping with an 'actors' list");
        }

        var found = false;
        for (cursor.Next(); !cursor.AtEnd; cursor.Next())
        {
            var key = cursor.Current.Value ?? string.Empty;
            var line = cursor.Current.Line;
            cursor.Next();
            if (key == "actors" && cursor.Current.Kind == YamlEventKind.SequenceStart)
            {
                found = true;
                ReadActors(cursor, file, sink, actors, cancellationToken);
            }
            else
            {
                if (!HeaderFields.Contains(key))
                {
                    sink.AddOnce(line, TagSeverity.Warning, TagDiagnosticKind.UnknownField, key, $"'{key}' is not an ActorPack header field; ignored");
                }

                cursor.SkipNode();
            }
        }

        cursor.MoveNext();
        if (!found)
        {
            throw TagFileError.Create(file, 0, "there is no 'actors' list; an ActorPack is a YAML mapping with an 'actors' list");
        }

        return new ActorLoadResult(actors, sink.Complete());
    }

    private static void ReadActors(YamlEventCursor cursor, string file, DiagnosticSink sink, List<TagActor> actors, CancellationToken cancellationToken)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        for (cursor.Next(); !cursor.AtEnd; cursor.Next())
        {
            cancellationToken.ThrowIfCancellationRequested();
            var entryLine = cursor.Current.Line;
            if (cursor.Current.Kind != YamlEventKind.MappingStart)
            {
                sink.Add(entryLine, TagSeverity.Error, TagDiagnosticKind.BadEntry, "an actor entry that is not a mapping; skipped");
                cursor.SkipNode();
                continue;
            }

            var fields = new Dictionary<string, FieldValue>(StringComparer.Ordinal);
            for (cursor.Next(); !cursor.AtEnd; cursor.Next())
            {
                var key = cursor.Current.Value ?? string.Empty;
                var line = cursor.Current.Line;
                cursor.Next();
                if (key is "context")
                {
                    cursor.SkipNode();
                }
                else if (key is not ("id" or "label" or "uri" or "categories" or "jurisdictions" or "aliases"))
                {
                    sink.AddOnce(line, TagSeverity.Warning, TagDiagnosticKind.UnknownField, key, $"'{key}' is not an actor field; ignored");
                    cursor.SkipNode();
                }
                else if (cursor.ReadValue() is { } value)
                {
                    fields[key] = value;
                }
                else
                {
                    sink.Add(line, TagSeverity.Warning, TagDiagnosticKind.BadValue, $"'{key}' holds a mapping or nested list; ignored");
                }
            }

            var id = fields.GetValueOrDefault("id").Text?.Trim();
            if (string.IsNullOrEmpty(id))
            {
                sink.Add(entryLine, TagSeverity.Error, TagDiagnosticKind.MissingField, "an actor without 'id'; skipped");
                continue;
            }

            if (!seen.TryAdd(id, entryLine))
            {
                sink.Add(entryLine, TagSeverity.Warning, TagDiagnosticKind.DuplicateEntry, $"actor '{id}' is defined again (first at line {seen[id]}); dropped");
                continue;
            }

            actors.Add(new TagActor
            {
                Id = id,
                Label = fields.GetValueOrDefault("label").Text?.Trim() is { Length: > 0 } label ? label : id,
                Uri = fields.GetValueOrDefault("uri").Text?.Trim(),
                Categories = List(fields, "categories"),
                Jurisdictions = List(fields, "jurisdictions"),
                Aliases = List(fields, "aliases"),
                File = file,
                Line = entryLine,
            });
        }
    }

    private static IReadOnlyList<string> List(Dictionary<string, FieldValue> fields, string key)
    {
        var value = fields.GetValueOrDefault(key);
        return value.Items ?? (value.Text is { } one ? [one] : []);
    }
}
