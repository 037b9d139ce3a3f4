using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace ChainTrace.Graph.Tags;

/// <summary>
/// Reads any YAML document with YamlDotNet's event parser (no object model) and yields the same
/// <see cref="YamlEvent"/>s as <see cref="FastYamlReader"/>. Used for files the fast reader leaves, and to report
/// syntax errors with YamlDotNet's line numbers.
/// </summary>
internal static class YamlDotNetEventReader
{
    /// <summary>The events of the single document in <paramref name="text"/>; none for an empty stream.</summary>
    /// <exception cref="YamlSyntaxException">
    /// The text is not well-formed YAML, holds a second document, or uses an alias (while enumerating).
    /// </exception>
    public static IEnumerable<YamlEvent> Read(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return ReadEvents(text);
    }

    private static IEnumerable<YamlEvent> ReadEvents(string text)
    {
        var parser = new Parser(new Scanner(new StringReader(text), skipComments: true));
        var documents = 0;
        var line = 1;
        while (true)
        {
            ParsingEvent? current;
            try
            {
                if (!parser.MoveNext())
                {
                    yield break;
                }

                current = parser.Current;
            }
            catch (YamlException e)
            {
                throw new YamlSyntaxException(LineOf(e.Start), Describe(e), e);
            }
            catch (InvalidOperationException e)
            {
                // YamlDotNet's scanner fails this way (no position) on characters YAML forbids, such as NUL in a plain
                // scalar: report it as bad syntax after the last line read, not as a crash.
                throw new YamlSyntaxException(line, "a character YAML does not allow (e.g. a control character) at or after this line", e);
            }

            line = current is null ? line : Math.Max(line, LineOf(current.Start));

            switch (current)
            {
                case DocumentStart start:
                    if (++documents > 1)
                    {
                        throw new YamlSyntaxException(LineOf(start.Start), "a second YAML document; a tag file holds one");
                    }

                    break;
                case MappingStart m:
                    yield return new YamlEvent(YamlEventKind.MappingStart, LineOf(m.Start));
                    break;
                case MappingEnd:
                    yield return new YamlEvent(YamlEventKind.MappingEnd, 0);
                    break;
                case SequenceStart s:
                    yield return new YamlEvent(YamlEventKind.SequenceStart, LineOf(s.Start));
                    break;
                case SequenceEnd:
                    yield return new YamlEvent(YamlEventKind.SequenceEnd, 0);
                    break;
                case Scalar s:
                    // An empty plain scalar (a missing value) has no position of its own: line 0, as the fast reader.
                    var plain = s.Style == ScalarStyle.Plain;
                    yield return new YamlEvent(YamlEventKind.Scalar, plain && s.Value.Length == 0 ? 0 : LineOf(s.Start), s.Value, plain);
                    break;
                case AnchorAlias a:
                    throw new YamlSyntaxException(LineOf(a.Start), $"the alias *{a.Value} (YAML aliases are not supported in tag files)");
                default:
                    break;
            }
        }
    }

    private static int LineOf(Mark mark) => checked((int)mark.Line);

    private static string Describe(YamlException e)
    {
        // YamlDotNet prefixes messages with "(Line: a, Col: b, Idx: c) - (Line: …): "; keep only the sentence.
        var message = e.Message;
        var cut = message.LastIndexOf("): ", StringComparison.Ordinal);
        return cut >= 0 ? message[(cut + 3)..] : message;
    }
}
