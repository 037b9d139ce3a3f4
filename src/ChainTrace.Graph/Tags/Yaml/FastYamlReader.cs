namespace ChainTrace.Graph.Tags;

/// <summary>
/// A fast reader for the block-YAML subset that TagPacks and ActorPacks are written in: block mappings and sequences
/// (indented or not, compact <c>- key: value</c> entries), plain, single- and double-quoted scalars (multi-line quoted
/// scalars folded as YAML folds them), one-line flow sequences of scalars, comments, <c>---</c>/<c>...</c> and a
/// <c>%YAML</c> directive. It yields the same <see cref="YamlEvent"/>s as <see cref="YamlDotNetEventReader"/>, about four
/// times faster, without building a document.
/// </summary>
/// <remarks>
/// Anything outside the subset (anchors, aliases, tags, block scalars, flow mappings, multi-line plain scalars,
/// tabs in indentation, several documents) and anything malformed throws <see cref="YamlSubsetException"/>; the tag
/// readers then read the file with YamlDotNet, which reads it or reports the syntax error. The reader therefore never
/// has to decide what a bad file means, only to recognise what it reads exactly as YAML does.
/// </remarks>
internal sealed partial class FastYamlReader
{
    private readonly string _text;
    private const int NoContinuation = int.MinValue;
    private int _lineNo;
    private int _lineStart;
    private int _lineEnd;
    private int _next;
    private int _indent;
    private int _content;
    private bool _eof;

    private FastYamlReader(string text)
    {
        _text = text;
        _next = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
        _indent = -1;
    }

    /// <summary>The events of the single document in <paramref name="text"/>; none for an empty document.</summary>
    /// <exception cref="YamlSubsetException">The text leaves the subset (while enumerating).</exception>
    public static IEnumerable<YamlEvent> Read(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var reader = new FastYamlReader(text);
        reader.CheckCharacters();
        return reader.ReadDocument();
    }

    private IEnumerable<YamlEvent> ReadDocument()
    {
        if (!NextContentLine())
        {
            yield break;
        }

        if (_indent == 0 && _text[_content] == '%')
        {
            if (!_text.AsSpan(_content, _lineEnd - _content).StartsWith("%YAML ", StringComparison.Ordinal))
            {
                throw Unsupported("a directive other than %YAML");
            }

            if (!NextContentLine() || !IsMarker("---"))
            {
                throw Unsupported("a directive without a document start");
            }
        }

        if (IsMarker("---"))
        {
            if (SkipBlanks(_lineStart + 3) is var after && after < _lineEnd && _text[after] != '#')
            {
                throw Unsupported("content on the --- line");
            }

            if (!NextContentLine())
            {
                yield break;
            }
        }

        if (_indent >= 0)
        {
            foreach (var e in ReadNode(-1))
            {
                yield return e;
            }
        }

        if (_eof)
        {
            yield break;
        }

        if (IsMarker("...") && !NextContentLine())
        {
            yield break;
        }

        throw Unsupported("content after the document (a second document or bad indentation)");
    }

    private IEnumerable<YamlEvent> ReadNode(int parentIndent)
    {
        if (IsSequenceEntry(_content))
        {
            return ReadSequence(_indent);
        }

        if (FindMappingColon(_content) >= 0)
        {
            return ReadMapping(_indent);
        }

        return _text[_content] switch
        {
            '[' => ReadFlowSequence(_content, parentIndent),
            '{' => ReadEmptyFlowMapping(_content, parentIndent),
            _ => [ReadInlineScalar(_content, parentIndent)],
        };
    }

    private IEnumerable<YamlEvent> ReadMapping(int indent)
    {
        yield return new YamlEvent(YamlEventKind.MappingStart, _lineNo);
        while (true)
        {
            var colon = FindMappingColon(_content);
            if (colon < 0)
            {
                throw Unsupported("a line that is not a key in a mapping");
            }

            yield return ReadKey(colon);
            var rest = SkipBlanks(colon + 1);
            if (rest >= _lineEnd || _text[rest] == '#')
            {
                if (NextContentLine() && _indent > indent)
                {
                    foreach (var e in ReadNode(indent))
                    {
                        yield return e;
                    }
                }
                else if (!_eof && _indent == indent && IsSequenceEntry(_content))
                {
                    foreach (var e in ReadSequence(indent))
                    {
                        yield return e;
                    }
                }
                else
                {
                    yield return new YamlEvent(YamlEventKind.Scalar, 0, string.Empty, IsPlain: true);
                }
            }
            else if (_text[rest] is '[' or '{')
            {
                foreach (var e in _text[rest] == '[' ? ReadFlowSequence(rest, indent) : ReadEmptyFlowMapping(rest, indent))
                {
                    yield return e;
                }
            }
            else
            {
                yield return ReadInlineScalar(rest, indent);
            }

            if (_eof || _indent < indent)
            {
                break;
            }

            if (_indent > indent)
            {
                throw Unsupported("bad indentation");
            }
        }

        yield return new YamlEvent(YamlEventKind.MappingEnd, 0);
    }

    private IEnumerable<YamlEvent> ReadSequence(int indent)
    {
        yield return new YamlEvent(YamlEventKind.SequenceStart, _lineNo);
        while (true)
        {
            var rest = SkipBlanks(_content + 1);
            if (rest >= _lineEnd || _text[rest] == '#')
            {
                if (NextContentLine() && _indent > indent)
                {
                    foreach (var e in ReadNode(indent))
                    {
                        yield return e;
                    }
                }
                else
                {
                    yield return new YamlEvent(YamlEventKind.Scalar, 0, string.Empty, IsPlain: true);
                }
            }
            else
            {
                // A compact entry ("- key: value", "- - x", "- scalar"): the text after "- " is a node at its column.
                _content = rest;
                _indent = rest - _lineStart;
                foreach (var e in ReadNode(indent))
                {
                    yield return e;
                }
            }

            if (_eof || _indent < indent)
            {
                break;
            }

            if (_indent > indent)
            {
                throw Unsupported("bad indentation");
            }

            if (!IsSequenceEntry(_content))
            {
                break;
            }
        }

        yield return new YamlEvent(YamlEventKind.SequenceEnd, 0);
    }

    private bool IsSequenceEntry(int i)
    {
        if (_text[i] != '-')
        {
            return false;
        }

        if (i + 1 < _lineEnd && _text[i + 1] == '\t')
        {
            throw Unsupported("a tab after '-'");
        }

        return i + 1 >= _lineEnd || _text[i + 1] == ' ';
    }

    private void CheckLineEnd(int i)
    {
        var j = SkipBlanks(i);
        if (j < _lineEnd && (_text[j] != '#' || j == i))
        {
            throw Unsupported("text after a quoted scalar or flow sequence");
        }
    }

    private int SkipBlanks(int i)
    {
        while (i < _lineEnd && _text[i] is ' ' or '\t')
        {
            i++;
        }

        return i;
    }

    private static bool IsIndicatorStart(char c) =>
        c is '&' or '*' or '!' or '|' or '>' or '%' or '@' or '`' or '{' or '}' or '[' or ']' or ',' or '#';

    private bool IsMarker(string marker) =>
        !_eof && _indent < 0 && string.CompareOrdinal(_text, _lineStart, marker, 0, 3) == 0;

    private YamlSubsetException Unsupported(string what) => new(_lineNo, $"outside the fast YAML subset: {what}");
}
