namespace ChainTrace.Graph.Tags;

/// <summary>Building one tag from its entry and the inherited header fields.</summary>
internal sealed partial class TagPackInterpreter
{
    private string? _lastDateText;
    private DateOnly? _lastDate;

    private void BuildTag(int entryLine)
    {
        var address = Text(TagPackField.Address, out var addressLine);
        if (address is null)
        {
            var why = Get(TagPackField.TxHash).IsSet ? " (transaction tags are not supported)" : string.Empty;
            _diagnostics.Add(entryLine, TagSeverity.Error, TagDiagnosticKind.MissingField, $"a tag without 'address'{why}; skipped");
            return;
        }

        var label = Text(TagPackField.Label, out _)?.Trim();
        if (string.IsNullOrEmpty(label))
        {
            _diagnostics.Add(entryLine, TagSeverity.Error, TagDiagnosticKind.MissingField, $"the tag for '{address}' has no 'label'; skipped");
            return;
        }

        var currency = Text(TagPackField.Currency, out var currencyLine)?.Trim();
        var network = Text(TagPackField.Network, out var networkLine)?.Trim();
        if (string.IsNullOrEmpty(currency) && string.IsNullOrEmpty(network))
        {
            _diagnostics.Add(entryLine, TagSeverity.Error, TagDiagnosticKind.MissingField, $"the tag for '{address}' has neither 'currency' nor 'network'; skipped");
            return;
        }

        currency = string.IsNullOrEmpty(currency) ? network! : currency;
        network = string.IsNullOrEmpty(network) ? currency : network;
        TagChecks.CheckTicker(_diagnostics, currency, currencyLine == 0 ? networkLine : currencyLine);
        if (!ReferenceEquals(network, currency))
        {
            TagChecks.CheckTicker(_diagnostics, network, networkLine);
        }

        var normalized = TagChecks.CheckAddress(_diagnostics, network, address, addressLine);
        if (normalized is null)
        {
            return;
        }

        if (IsDuplicate(network, normalized, label, entryLine, out var firstLine))
        {
            _diagnostics.Add(entryLine, TagSeverity.Warning, TagDiagnosticKind.DuplicateEntry, $"'{normalized}' ({network}, \"{label}\") repeats the tag at line {firstLine}; dropped");
            return;
        }

        var (confidence, level) = ReadConfidence(entryLine);
        var concepts = Get(TagPackField.Concepts);
        _tags.Add(new AddressTag
        {
            Address = normalized,
            Currency = currency,
            Network = network,
            Label = label,
            Category = Optional(TagPackField.Category),
            Abuse = Optional(TagPackField.Abuse),
            Concepts = concepts.Items ?? (concepts.Text is { } one ? [one.Trim()] : []),
            Confidence = confidence,
            ConfidenceLevel = level,
            Source = ReadSource(entryLine),
            Actor = Optional(TagPackField.Actor),
            Context = Optional(TagPackField.Context),
            IsClusterDefiner = ReadClusterDefiner(),
            Lastmod = ReadLastmod(),
            Origin = _origin!,
            Line = entryLine,
        });
    }

    /// <summary>
    /// True when the file already has a tag with this network, address and label. Most addresses appear once, so the
    /// full key is only hashed for addresses seen before.
    /// </summary>
    private bool IsDuplicate(string network, string address, string label, int line, out int firstLine)
    {
        firstLine = 0;
        if (_firstTagOfAddress.TryAdd(address, _tags.Count))
        {
            return false;
        }

        var first = _tags[_firstTagOfAddress[address]];
        _seen.TryAdd((first.Network, first.Address, first.Label), first.Line);
        return !_seen.TryAdd((network, address, label), line) && _seen.TryGetValue((network, address, label), out firstLine);
    }

    private FieldValue Get(TagPackField field) =>
        _entry[(int)field].IsSet ? _entry[(int)field] : _header[(int)field];

    /// <summary>The scalar text of a field (the tag's own, else the header's); a list is reported and read as absent.</summary>
    private string? Text(TagPackField field, out int line)
    {
        var value = Get(field);
        line = value.Line;
        if (value.Items is not null)
        {
            var name = field.ToString();
            _diagnostics.AddOnce(line, TagSeverity.Warning, TagDiagnosticKind.BadValue, name + ":list", $"field {name} holds a list where a single value belongs; ignored");
            return null;
        }

        return value.Text;
    }

    private string? Optional(TagPackField field)
    {
        var text = Text(field, out _)?.Trim();
        return string.IsNullOrEmpty(text) ? null : text;
    }

    private (string? Name, int? Level) ReadConfidence(int entryLine)
    {
        var name = Text(TagPackField.Confidence, out var line)?.Trim();
        if (string.IsNullOrEmpty(name))
        {
            _diagnostics.AddOnce(entryLine, TagSeverity.Warning, TagDiagnosticKind.MissingField, "confidence", "tags without 'confidence' (required by the TagPack schema); level left empty");
            return (null, null);
        }

        if (TagConfidence.TryGetLevel(name, out var level))
        {
            return (name, level);
        }

        _diagnostics.AddOnce(line, TagSeverity.Warning, TagDiagnosticKind.UnknownConfidence, name, $"confidence '{name}' is not in the GraphSense confidence taxonomy; level left empty");
        return (name, null);
    }

    private string? ReadSource(int entryLine)
    {
        var source = Optional(TagPackField.Source);
        if (source is null)
        {
            _diagnostics.AddOnce(entryLine, TagSeverity.Warning, TagDiagnosticKind.MissingField, "source", "tags without 'source' (required by the TagPack schema)");
        }

        return source;
    }

    private bool ReadClusterDefiner()
    {
        var text = Text(TagPackField.IsClusterDefiner, out var line)?.Trim();
        switch (text)
        {
            case null or "":
                return false;
            case "true" or "True" or "TRUE" or "yes" or "Yes" or "YES":
                return true;
            case "false" or "False" or "FALSE" or "no" or "No" or "NO":
                return false;
            default:
                _diagnostics.AddOnce(line, TagSeverity.Warning, TagDiagnosticKind.BadValue, "is_cluster_definer:" + text, $"is_cluster_definer '{text}' is not true or false; read as false");
                return false;
        }
    }

    private DateOnly? ReadLastmod()
    {
        var text = Text(TagPackField.Lastmod, out var line);
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (ReferenceEquals(text, _lastDateText))
        {
            return _lastDate;
        }

        _lastDateText = text;
        _lastDate = TagChecks.ReadDate(_diagnostics, text, line);
        return _lastDate;
    }
}
