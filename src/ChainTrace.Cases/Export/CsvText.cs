using System.Text;

namespace ChainTrace.Cases;

/// <summary>
/// RFC 4180 CSV rows with LF line ends. Text fields that a spreadsheet would run as a formula (starting with
/// <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, tab or CR) get a leading apostrophe, so a hostile tag cannot inject one;
/// numbers are written as they are.
/// </summary>
internal sealed class CsvText
{
    private readonly StringBuilder _text = new();
    private bool _rowStarted;

    /// <summary>Appends a text field (quoted when needed, formula-neutralised).</summary>
    public CsvText Text(string? value)
    {
        Separator();
        if (string.IsNullOrEmpty(value))
        {
            return this;
        }

        if (value[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            value = "'" + value;
        }

        if (value.AsSpan().IndexOfAny(",\"\r\n") >= 0)
        {
            _text.Append('"').Append(value.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
        }
        else
        {
            _text.Append(value);
        }

        return this;
    }

    /// <summary>Appends a numeric or other fixed-format field as it is (must not contain separators).</summary>
    public CsvText Raw(string value)
    {
        Separator();
        _text.Append(value);
        return this;
    }

    /// <summary>Ends the row with LF.</summary>
    public CsvText EndRow()
    {
        _text.Append('\n');
        _rowStarted = false;
        return this;
    }

    /// <summary>The UTF-8 bytes (no BOM) written to <paramref name="output"/>.</summary>
    public void WriteTo(Stream output)
    {
        var bytes = CaseText.Utf8.GetBytes(_text.ToString());
        output.Write(bytes);
    }

    private void Separator()
    {
        if (_rowStarted)
        {
            _text.Append(',');
        }

        _rowStarted = true;
    }
}
