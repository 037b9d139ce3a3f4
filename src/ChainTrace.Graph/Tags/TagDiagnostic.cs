using System.Globalization;

namespace ChainTrace.Graph.Tags;

/// <summary>
/// One problem found while loading tags: a malformed or duplicate entry, a missing field, a bad date. Loading never
/// drops an entry silently: every dropped or altered entry has a diagnostic that names its file and line.
/// </summary>
/// <param name="File">The file's path as the reader was given it.</param>
/// <param name="Line">1-based line of the entry or field; 0 when the diagnostic is about the whole file.</param>
/// <param name="Severity">Whether the entry still loaded (<see cref="TagSeverity.Warning"/>) or not (<see cref="TagSeverity.Error"/>).</param>
/// <param name="Kind">What the problem is.</param>
/// <param name="Message">One sentence for people, naming the value at fault.</param>
public sealed record TagDiagnostic(string File, int Line, TagSeverity Severity, TagDiagnosticKind Kind, string Message)
{
    /// <summary>The diagnostic as <c>file(line): severity kind: message</c>, the form compilers use.</summary>
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"{File}({Line}): {Severity.ToString().ToLowerInvariant()} {Kind}: {Message}");
}
