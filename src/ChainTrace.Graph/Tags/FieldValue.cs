namespace ChainTrace.Graph.Tags;

/// <summary>A field's value as read from YAML: a scalar's text or a list of scalars, and the line it was on.</summary>
/// <param name="Text">The scalar text; null for a list.</param>
/// <param name="Items">The list's scalars; null for a scalar.</param>
/// <param name="Line">1-based line of the value.</param>
internal readonly record struct FieldValue(string? Text, IReadOnlyList<string>? Items, int Line)
{
    /// <summary>True when the field was given (a null YAML value counts as not given).</summary>
    public bool IsSet => Text is not null || Items is not null;
}
