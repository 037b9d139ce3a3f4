namespace ChainTrace.Graph.Tags;

/// <summary>
/// A fast reader for the block-YAML subset that TagPacks and ActorPacks are written in: block mappings and sequences
/// (indented or not, compact <c>- key: value</c> entries), plain, single- and double-quoted scalars (multi-line quoted
/// scalars folded as YAML folds them), one-line flow sequences of scalars, comments, <c>---</c>/<c>...</c> and a
/// <c>%YAML</c> directive. It yields the same <see cref="YamlEvent"/>s as <see cref="YamlDotNetEventReader"/>, about ten
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

    private IEnumerable<YamlEvent> ReadFlowSequence(int open, int ownerIndent)
    {
        var line = _lineNo;
        var items = new List<YamlEvent>();
        var i = SkipBlanks(open + 1);
        while (true)
        {
            if (i >= _lineEnd)
            {
                throw Unsupported("a flow sequence over several lines");
            }

            if (_text[i] == ']')
            {
                break;
            }

            string value;
            bool plain;
            if (_text[i] is '\'' or '"')
            {
                value = _text[i] == '\'' ? ReadSingleQuoted(i, NoContinuation, out i) : ReadDoubleQuoted(i, NoContinuation, out i);
                plain = false;
            }
            else
            {
                var start = i;
                while (i < _lineEnd && _text[i] is not (',' or ']'))
                {
                    if (_text[i] is '[' or '{' or '}' or '#' || (_text[i] == ':' && i + 1 < _lineEnd && _text[i + 1] == ' '))
                    {
                        throw Unsupported("a nested or commented flow collection");
                    }

                    i++;
                }

                value = _text[start..i].TrimEnd(' ', '\t');
                plain = true;
                if (value.Length == 0 || IsIndicatorStart(value[0]))
                {
                    throw Unsupported("an empty or indicator-led flow item");
                }
            }

            items.Add(new YamlEvent(YamlEventKind.Scalar, line, value, plain));
            i = SkipBlanks(i);
            if (i < _lineEnd && _text[i] == ',')
            {
                i = SkipBlanks(i + 1);
            }
            else if (i >= _lineEnd || _text[i] != ']')
            {
                throw Unsupported("a malformed flow sequence");
            }
        }

        CheckLineEnd(i + 1);
        AdvanceAfterValue(ownerIndent);
        yield return new YamlEvent(YamlEventKind.SequenceStart, line);
        foreach (var item in items)
        {
            yield return item;
        }

        yield return new YamlEvent(YamlEventKind.SequenceEnd, 0);
    }

    /// <summary>Reads <c>{}</c>, the only flow mapping in the subset (ActorPacks write empty contexts that way).</summary>
    private YamlEvent[] ReadEmptyFlowMapping(int open, int ownerIndent)
    {
        var line = _lineNo;
        var close = SkipBlanks(open + 1);
        if (close >= _lineEnd || _text[close] != '}')
        {
            throw Unsupported("a flow mapping that is not empty");
        }

        CheckLineEnd(close + 1);
        AdvanceAfterValue(ownerIndent);
        return [new YamlEvent(YamlEventKind.MappingStart, line), new YamlEvent(YamlEventKind.MappingEnd, 0)];
    }

    private YamlEvent ReadInlineScalar(int start, int ownerIndent)
    {
        var line = _lineNo;
        var c = _text[start];
        YamlEvent result;
        if (c is '\'' or '"')
        {
            var value = c == '\'' ? ReadSingleQuoted(start, ownerIndent, out var end) : ReadDoubleQuoted(start, ownerIndent, out end);
            CheckLineEnd(end);
            result = new YamlEvent(YamlEventKind.Scalar, line, value, IsPlain: false);
        }
        else
        {
            if (IsIndicatorStart(c) || (c is '-' or '?' or ':' && (start + 1 >= _lineEnd || _text[start + 1] is ' ' or '\t')))
            {
                throw Unsupported($"a value starting with '{c}'");
            }

            result = new YamlEvent(YamlEventKind.Scalar, line, ReadPlain(start), IsPlain: true);
        }

        AdvanceAfterValue(ownerIndent);
        return result;
    }

    private void AdvanceAfterValue(int ownerIndent)
    {
        if (NextContentLine() && _indent > ownerIndent)
        {
            throw Unsupported("a continued plain scalar or bad indentation");
        }
    }

    private string ReadPlain(int start)
    {
        var end = _lineEnd;
        for (var i = start; i < _lineEnd; i++)
        {
            var ch = _text[i];
            if (ch == ':' && (i + 1 == _lineEnd || _text[i + 1] is ' ' or '\t'))
            {
                throw Unsupported("': ' inside a plain value");
            }

            if (ch == '#' && i > start && _text[i - 1] is ' ' or '\t')
            {
                end = i;
                break;
            }
        }

        while (end > start && _text[end - 1] is ' ' or '\t')
        {
            end--;
        }

        return _text.Substring(start, end - start);
    }

    private YamlEvent ReadKey(int colon)
    {
        var line = _lineNo;
        var c = _text[_content];
        if (c is '\'' or '"')
        {
            var key = c == '\'' ? ReadSingleQuoted(_content, NoContinuation, out _) : ReadDoubleQuoted(_content, NoContinuation, out _);
            return new YamlEvent(YamlEventKind.Scalar, line, key, IsPlain: false);
        }

        if (IsIndicatorStart(c) || c is '?' or ':')
        {
            throw Unsupported($"a key starting with '{c}'");
        }

        var span = _text.AsSpan(_content, colon - _content).TrimEnd(" \t");
        return new YamlEvent(YamlEventKind.Scalar, line, YamlKeyPool.Get(span), IsPlain: true);
    }

    /// <summary>The index of the ':' that makes the content at <paramref name="start"/> a mapping entry, or -1.</summary>
    private int FindMappingColon(int start)
    {
        var c = _text[start];
        if (c is '\'' or '"')
        {
            var close = FindClosingQuoteOnLine(start);
            if (close < 0)
            {
                return -1;
            }

            var j = SkipBlanks(close + 1);
            return j < _lineEnd && _text[j] == ':' && (j + 1 == _lineEnd || _text[j + 1] is ' ' or '\t') ? j : -1;
        }

        if (c is '[' or '{' or '#')
        {
            return -1;
        }

        for (var i = start; i < _lineEnd; i++)
        {
            var ch = _text[i];
            if (ch == ':' && (i + 1 == _lineEnd || _text[i + 1] is ' ' or '\t'))
            {
                return i;
            }

            if (ch == '#' && i > start && _text[i - 1] is ' ' or '\t')
            {
                return -1;
            }
        }

        return -1;
    }

    private int FindClosingQuoteOnLine(int open)
    {
        var quote = _text[open];
        for (var i = open + 1; i < _lineEnd; i++)
        {
            if (quote == '"' && _text[i] == '\\')
            {
                i++;
            }
            else if (_text[i] == quote)
            {
                if (quote == '\'' && i + 1 < _lineEnd && _text[i + 1] == '\'')
                {
                    i++;
                }
                else
                {
                    return i;
                }
            }
        }

        return -1;
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
