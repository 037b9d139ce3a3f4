using System.Buffers;
using System.Text;

namespace ChainTrace.Graph.Tags;

/// <summary>Line handling and quoted scalars of <see cref="FastYamlReader"/>.</summary>
internal sealed partial class FastYamlReader
{
    // Control characters YAML forbids or treats specially, and the YAML 1.1 line breaks NEL, LS, PS: a text holding any
    // of them is left to YamlDotNet rather than guessing how it reads them.
    private static readonly SearchValues<char> Special = SearchValues.Create(
        "\0\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u000B\u000C\u000E\u000F\u0010\u0011\u0012\u0013\u0014\u0015"
        + "\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F\u007F\u0085\u2028\u2029\uFEFF\uFFFE\uFFFF");

    private readonly StringBuilder _builder = new();

    private void CheckCharacters()
    {
        var body = _text.AsSpan(_next);
        var special = body.IndexOfAny(Special);
        if (special >= 0)
        {
            throw new YamlSubsetException(LineOf(_next + special), "outside the fast YAML subset: a control or line-separator character");
        }

        for (var i = body.IndexOf('\r'); i >= 0; i = body.Slice(i + 1).IndexOf('\r') is var n and >= 0 ? i + 1 + n : -1)
        {
            if (i + 1 >= body.Length || body[i + 1] != '\n')
            {
                throw new YamlSubsetException(LineOf(_next + i), "outside the fast YAML subset: a carriage return without a line feed");
            }
        }
    }

    private int LineOf(int index) => _text.AsSpan(0, index).Count('\n') + 1;

    /// <summary>Moves to the next line, whatever it holds; false at the end of the text.</summary>
    private bool AdvanceRawLine()
    {
        if (_next >= _text.Length)
        {
            return false;
        }

        _lineStart = _next;
        _lineNo++;
        var newline = _text.IndexOf('\n', _lineStart);
        (_lineEnd, _next) = newline < 0 ? (_text.Length, _text.Length) : (newline, newline + 1);
        if (_lineEnd > _lineStart && _text[_lineEnd - 1] == '\r')
        {
            _lineEnd--;
        }

        return true;
    }

    /// <summary>Moves to the next line with content (skipping blank and comment lines); false at the end.</summary>
    private bool NextContentLine()
    {
        while (AdvanceRawLine())
        {
            var i = _lineStart;
            while (i < _lineEnd && _text[i] == ' ')
            {
                i++;
            }

            if (i < _lineEnd && _text[i] == '\t')
            {
                var j = SkipBlanks(i);
                if (j == _lineEnd || _text[j] == '#')
                {
                    continue;
                }

                throw Unsupported("a tab in indentation");
            }

            if (i == _lineEnd || _text[i] == '#')
            {
                continue;
            }

            _content = i;
            _indent = i - _lineStart;
            if (_indent == 0 && IsDocumentMarkerLine())
            {
                _indent = -1;
            }

            return true;
        }

        _eof = true;
        _indent = -1;
        return false;
    }

    private bool IsDocumentMarkerLine()
    {
        if (_lineEnd - _lineStart < 3)
        {
            return false;
        }

        var head = _text.AsSpan(_lineStart, 3);
        return (head is "---" || head is "...") && (_lineEnd - _lineStart == 3 || _text[_lineStart + 3] is ' ' or '\t');
    }

    private string ReadSingleQuoted(int open, int ownerIndent, out int end)
    {
        var i = open + 1;
        var segment = i;
        StringBuilder? sb = null;
        while (true)
        {
            if (i >= _lineEnd)
            {
                sb ??= _builder.Clear();
                i = segment = FoldLineBreak(sb, segment, ownerIndent, escaped: false);
                continue;
            }

            if (_text[i] == '\'')
            {
                if (i + 1 < _lineEnd && _text[i + 1] == '\'')
                {
                    sb ??= _builder.Clear();
                    sb.Append(_text, segment, i + 1 - segment);
                    i += 2;
                    segment = i;
                    continue;
                }

                end = i + 1;
                return sb is null ? _text.Substring(segment, i - segment) : sb.Append(_text, segment, i - segment).ToString();
            }

            i++;
        }
    }

    private string ReadDoubleQuoted(int open, int ownerIndent, out int end)
    {
        var i = open + 1;
        var segment = i;
        StringBuilder? sb = null;
        while (true)
        {
            if (i >= _lineEnd)
            {
                sb ??= _builder.Clear();
                i = segment = FoldLineBreak(sb, segment, ownerIndent, escaped: false);
                continue;
            }

            var ch = _text[i];
            if (ch == '"')
            {
                end = i + 1;
                return sb is null ? _text.Substring(segment, i - segment) : sb.Append(_text, segment, i - segment).ToString();
            }

            if (ch != '\\')
            {
                i++;
                continue;
            }

            sb ??= _builder.Clear();
            sb.Append(_text, segment, i - segment);
            if (i + 1 >= _lineEnd)
            {
                i = segment = FoldLineBreak(sb, _lineEnd, ownerIndent, escaped: true);
                continue;
            }

            i = AppendEscape(sb, i + 1);
            segment = i;
        }
    }

    /// <summary>
    /// Folds the line break at the end of the current line inside a quoted scalar: appends the segment (trailing blanks
    /// trimmed unless the break is escaped), then a space for a single break or one line feed per empty line; moves to
    /// the continuation line and returns the index of its first non-blank character.
    /// </summary>
    private int FoldLineBreak(StringBuilder sb, int segment, int ownerIndent, bool escaped)
    {
        var end = _lineEnd;
        if (!escaped)
        {
            while (end > segment && _text[end - 1] is ' ' or '\t')
            {
                end--;
            }
        }

        sb.Append(_text, segment, end - segment);
        var emptyLines = 0;
        while (true)
        {
            if (!AdvanceRawLine())
            {
                throw Unsupported("an unterminated quoted scalar");
            }

            var i = SkipBlanks(_lineStart);
            if (i < _lineEnd)
            {
                if (ownerIndent == NoContinuation || i - _lineStart <= ownerIndent || IsDocumentMarkerLine())
                {
                    throw Unsupported("a quoted scalar continued at a document marker or without indentation");
                }

                if (emptyLines > 0)
                {
                    sb.Append('\n', emptyLines);
                }
                else if (!escaped)
                {
                    sb.Append(' ');
                }

                return i;
            }

            emptyLines++;
        }
    }

    private int AppendEscape(StringBuilder sb, int i)
    {
        var c = _text[i];
        switch (c)
        {
            case '0': sb.Append('\0'); break;
            case 'a': sb.Append('\a'); break;
            case 'b': sb.Append('\b'); break;
            case 't' or '\t': sb.Append('\t'); break;
            case 'n': sb.Append('\n'); break;
            case 'v': sb.Append('\v'); break;
            case 'f': sb.Append('\f'); break;
            case 'r': sb.Append('\r'); break;
            case 'e': sb.Append('\u001B'); break;
            case ' ' or '"' or '/' or '\\': sb.Append(c); break;
            case 'N': sb.Append('\u0085'); break;
            case '_': sb.Append('\u00A0'); break;
            case 'L': sb.Append('\u2028'); break;
            case 'P': sb.Append('\u2029'); break;
            case 'x': return AppendCodePoint(sb, i + 1, 2);
            case 'u': return AppendCodePoint(sb, i + 1, 4);
            case 'U': return AppendCodePoint(sb, i + 1, 8);
            default: throw Unsupported($"the escape '\\{c}'");
        }

        return i + 1;
    }

    private int AppendCodePoint(StringBuilder sb, int start, int digits)
    {
        if (start + digits > _lineEnd
            || !int.TryParse(_text.AsSpan(start, digits), System.Globalization.NumberStyles.AllowHexSpecifier, null, out var code)
            || code > 0x10FFFF || code is >= 0xD800 and <= 0xDFFF)
        {
            throw Unsupported("a bad numeric escape");
        }

        sb.Append(char.ConvertFromUtf32(code));
        return start + digits;
    }
}
