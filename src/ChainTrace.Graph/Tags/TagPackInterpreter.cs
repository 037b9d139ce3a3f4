namespace ChainTrace.Graph.Tags;

/// <summary>
/// Turns the YAML events of one TagPack into tags and diagnostics: reads the header, then streams the <c>tags</c>
/// list, building each tag with the header fields it does not set itself. Holds no document: memory is the tags.
/// </summary>
internal sealed partial class TagPackInterpreter
{
    private readonly string _file;
    private readonly YamlEventCursor _cursor;
    private readonly DiagnosticSink _diagnostics;
    private readonly CancellationToken _cancellationToken;
    private readonly FieldValue[] _header = new FieldValue[TagPackFields.Count];
    private readonly FieldValue[] _entry = new FieldValue[TagPackFields.Count];
    private readonly List<AddressTag> _tags = [];
    private readonly Dictionary<string, int> _firstTagOfAddress = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Network, string Address, string Label), int> _seen = [];
    private TagOrigin? _origin;
    private int _entries;

    private TagPackInterpreter(string file, YamlEventCursor cursor, CancellationToken cancellationToken)
    {
        _file = file;
        _cursor = cursor;
        _diagnostics = new DiagnosticSink(file);
        _cancellationToken = cancellationToken;
    }

    /// <summary>Interprets the events of one TagPack file.</summary>
    /// <exception cref="InvalidDataException">The document is not a TagPack (not a mapping, no <c>tags</c> list).</exception>
    /// <exception cref="YamlSyntaxException">The YAML is malformed (from the event source).</exception>
    /// <exception cref="YamlSubsetException">The fast event source met YAML outside its subset.</exception>
    /// <exception cref="OperationCanceledException">Cancelled.</exception>
    public static TagFileResult Interpret(string file, IEnumerable<YamlEvent> events, CancellationToken cancellationToken)
    {
        using var cursor = new YamlEventCursor(events, file);
        var interpreter = new TagPackInterpreter(file, cursor, cancellationToken);
        interpreter.Run();
        var title = interpreter._origin?.Title ?? interpreter._header[(int)TagPackField.Title].Text ?? Path.GetFileName(file);
        return new TagFileResult(interpreter._tags, interpreter._diagnostics.Complete(), interpreter._entries, title);
    }

    private void Run()
    {
        if (!_cursor.MoveNext())
        {
            throw TagFileError.Create(_file, 0, "the file is empty; a TagPack is a YAML mapping with a 'tags' list");
        }

        if (_cursor.Current.Kind != YamlEventKind.MappingStart)
        {
            throw TagFileError.Create(_file, _cursor.Current.Line, "the top level is not a mapping; a TagPack is a YAML mapping with a 'tags' list");
        }

        var tagsLine = 0;
        for (_cursor.Next(); !_cursor.AtEnd; _cursor.Next())
        {
            var (key, keyLine) = ReadKey();
            _cursor.Next();
            if (key == "tags")
            {
                if (tagsLine > 0)
                {
                    _diagnostics.Add(keyLine, TagSeverity.Warning, TagDiagnosticKind.BadEntry, $"a second 'tags' list (the first is at line {tagsLine}); both are read");
                }

                tagsLine = keyLine;
                ReadTags(keyLine);
            }
            else
            {
                if (tagsLine > 0)
                {
                    _diagnostics.Add(keyLine, TagSeverity.Warning, TagDiagnosticKind.BadEntry, $"header field '{key}' comes after the tags list, so the tags do not inherit it");
                }

                ReadField(_header, key, keyLine, isHeader: true);
            }
        }

        // Let the event source see the rest of the text (it refuses a second document) before judging the content.
        _cursor.MoveNext();
        if (tagsLine == 0)
        {
            throw TagFileError.Create(_file, 0, "there is no 'tags' list; a TagPack is a YAML mapping with a 'tags' list");
        }
    }

    private (string Key, int Line) ReadKey()
    {
        var key = _cursor.Current;
        if (key.Kind != YamlEventKind.Scalar || key.Value is null)
        {
            throw TagFileError.Create(_file, key.Line, "a mapping key that is not a plain text");
        }

        return (key.Value, key.Line);
    }

    private void ReadTags(int line)
    {
        var value = _cursor.Current;
        if (value.IsNull)
        {
            _diagnostics.Add(line, TagSeverity.Warning, TagDiagnosticKind.MissingField, "the 'tags' list is empty");
            return;
        }

        if (value.Kind != YamlEventKind.SequenceStart)
        {
            throw TagFileError.Create(_file, line, "'tags' is not a list of tag entries");
        }

        _origin ??= CreateOrigin();
        var before = _entries;
        for (_cursor.Next(); !_cursor.AtEnd; _cursor.Next())
        {
            if ((++_entries & 1023) == 0)
            {
                _cancellationToken.ThrowIfCancellationRequested();
            }

            var entryLine = _cursor.Current.Line;
            if (_cursor.Current.Kind != YamlEventKind.MappingStart)
            {
                _diagnostics.Add(entryLine, TagSeverity.Error, TagDiagnosticKind.BadEntry, "a tag entry that is not a mapping of fields; skipped");
                _cursor.SkipNode();
                continue;
            }

            Array.Clear(_entry);
            for (_cursor.Next(); !_cursor.AtEnd; _cursor.Next())
            {
                var (key, keyLine) = ReadKey();
                _cursor.Next();
                ReadField(_entry, key, keyLine, isHeader: false);
            }

            BuildTag(entryLine);
        }

        if (_entries == before)
        {
            _diagnostics.Add(line, TagSeverity.Warning, TagDiagnosticKind.MissingField, "the 'tags' list is empty");
        }
    }

    private void ReadField(FieldValue[] target, string key, int keyLine, bool isHeader)
    {
        if (!TagPackFields.TryGet(key, out var field) || (!isHeader && TagPackFields.IsHeaderOnly(field)))
        {
            var where = isHeader ? "header" : "tag";
            _diagnostics.AddOnce(keyLine, TagSeverity.Warning, TagDiagnosticKind.UnknownField, key, $"'{key}' is not a TagPack {where} field; ignored");
            _cursor.SkipNode();
            return;
        }

        if (target[(int)field].IsSet)
        {
            _diagnostics.Add(keyLine, TagSeverity.Warning, TagDiagnosticKind.BadEntry, $"'{key}' appears twice (also at line {target[(int)field].Line}); the last value is used");
        }

        var value = _cursor.ReadValue();
        if (value is null)
        {
            _diagnostics.AddOnce(keyLine, TagSeverity.Warning, TagDiagnosticKind.BadValue, key + ":nested", $"'{key}' holds a mapping or nested list; ignored");
            return;
        }

        target[(int)field] = value.Value;
    }

    private TagOrigin CreateOrigin()
    {
        var title = _header[(int)TagPackField.Title].Text?.Trim();
        if (string.IsNullOrEmpty(title))
        {
            _diagnostics.Add(1, TagSeverity.Warning, TagDiagnosticKind.MissingField, "the header has no 'title'; the file name is used");
            title = Path.GetFileNameWithoutExtension(_file);
        }

        var creator = _header[(int)TagPackField.Creator].Text?.Trim();
        if (string.IsNullOrEmpty(creator))
        {
            _diagnostics.Add(1, TagSeverity.Warning, TagDiagnosticKind.MissingField, "the header has no 'creator'");
            creator = null;
        }

        return new TagOrigin(TagSourceKind.TagPack, _file, title, creator);
    }
}
