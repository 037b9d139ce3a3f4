namespace ChainTrace.Graph.Tags;

/// <summary>Values on one line for <see cref="FastYamlReader"/>: flow sequences, plain scalars, keys.</summary>
internal sealed partial class FastYamlReader
{
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
}
