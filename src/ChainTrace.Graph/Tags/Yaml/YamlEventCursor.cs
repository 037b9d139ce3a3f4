namespace ChainTrace.Graph.Tags;

/// <summary>Walks a <see cref="YamlEvent"/> stream for the tag interpreters.</summary>
internal sealed class YamlEventCursor(IEnumerable<YamlEvent> events, string file) : IDisposable
{
    private readonly IEnumerator<YamlEvent> _events = events.GetEnumerator();

    /// <summary>The current event.</summary>
    public YamlEvent Current { get; private set; }

    /// <summary>Moves to the next event; false at the end of the document.</summary>
    public bool MoveNext()
    {
        if (!_events.MoveNext())
        {
            return false;
        }

        Current = _events.Current;
        return true;
    }

    /// <summary>Moves to the next event, which must exist.</summary>
    /// <exception cref="InvalidDataException">The document ended (cannot happen with a well-formed stream).</exception>
    public void Next()
    {
        if (!MoveNext())
        {
            throw TagFileError.Create(file, 0, "the YAML ended inside a mapping or sequence");
        }
    }

    /// <summary>True when the current event ends a mapping or sequence.</summary>
    public bool AtEnd => Current.Kind is YamlEventKind.MappingEnd or YamlEventKind.SequenceEnd;

    /// <summary>Skips the node that starts at the current event; afterwards the current event is its last one.</summary>
    public void SkipNode()
    {
        if (Current.Kind == YamlEventKind.Scalar)
        {
            return;
        }

        var depth = 0;
        do
        {
            switch (Current.Kind)
            {
                case YamlEventKind.MappingStart or YamlEventKind.SequenceStart:
                    depth++;
                    break;
                case YamlEventKind.MappingEnd or YamlEventKind.SequenceEnd:
                    depth--;
                    break;
                default:
                    break;
            }

            if (depth > 0)
            {
                Next();
            }
        }
        while (depth > 0);
    }

    /// <summary>
    /// Reads the value node at the current event as a scalar or a list of scalars. A YAML null gives an unset value;
    /// a mapping, or a list holding non-scalars, gives null (the node is skipped) so the caller can report it.
    /// </summary>
    public FieldValue? ReadValue()
    {
        var line = Current.Line;
        switch (Current.Kind)
        {
            case YamlEventKind.Scalar:
                return Current.IsNull ? default(FieldValue) with { Line = line } : new FieldValue(Current.Value, null, line);
            case YamlEventKind.SequenceStart:
                var items = new List<string>();
                var nested = false;
                for (Next(); Current.Kind != YamlEventKind.SequenceEnd; Next())
                {
                    if (Current.Kind == YamlEventKind.Scalar)
                    {
                        if (!Current.IsNull)
                        {
                            items.Add(Current.Value!);
                        }
                    }
                    else
                    {
                        nested = true;
                        SkipNode();
                    }
                }

                return nested ? null : new FieldValue(null, items, line);
            default:
                SkipNode();
                return null;
        }
    }

    /// <summary>Disposes the event enumerator.</summary>
    public void Dispose() => _events.Dispose();
}
