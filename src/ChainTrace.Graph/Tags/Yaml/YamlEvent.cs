namespace ChainTrace.Graph.Tags;

/// <summary>The kinds of <see cref="YamlEvent"/>: the block structure of one YAML document, without anchors or tags.</summary>
internal enum YamlEventKind
{
    /// <summary>A mapping begins; key and value events follow in turn until <see cref="MappingEnd"/>.</summary>
    MappingStart,

    /// <summary>The current mapping ends.</summary>
    MappingEnd,

    /// <summary>A sequence begins; item events follow until <see cref="SequenceEnd"/>.</summary>
    SequenceStart,

    /// <summary>The current sequence ends.</summary>
    SequenceEnd,

    /// <summary>A scalar: its text as written (no type resolution), and whether it was plain (unquoted).</summary>
    Scalar,
}

/// <summary>
/// One event of a YAML document as the TagPack readers see it. Both YAML readers (the fast subset reader and the
/// YamlDotNet adapter) produce this same stream, so the interpreters do not know which one ran.
/// </summary>
/// <param name="Kind">What the event is.</param>
/// <param name="Line">1-based line where the node starts; 0 for end events and for an empty plain scalar (a missing value).</param>
/// <param name="Value">The scalar's text (only for <see cref="YamlEventKind.Scalar"/>).</param>
/// <param name="IsPlain">True for an unquoted scalar: only plain scalars can mean null (empty, <c>~</c>, <c>null</c>).</param>
internal readonly record struct YamlEvent(YamlEventKind Kind, int Line, string? Value = null, bool IsPlain = false)
{
    /// <summary>True for a plain scalar that YAML reads as null: empty, <c>~</c>, <c>null</c>, <c>Null</c>, <c>NULL</c>.</summary>
    public bool IsNull => Kind == YamlEventKind.Scalar && IsPlain
        && Value is "" or "~" or "null" or "Null" or "NULL";
}
