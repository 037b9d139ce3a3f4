using System.Buffers;
using System.Globalization;

namespace ChainTrace.Graph.Tags;

/// <summary>The entry checks all tag readers share, reporting into a <see cref="DiagnosticSink"/>.</summary>
internal static class TagChecks
{
    private static readonly SearchValues<char> TickerChars = SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-");

    /// <summary>
    /// Checks and normalises an address of <paramref name="network"/>; reports a trimmed address as a warning and an
    /// empty or malformed one as an error. Returns the normalised address, or null when the entry must be dropped.
    /// </summary>
    public static string? CheckAddress(DiagnosticSink sink, string network, string raw, int line)
    {
        switch (AddressSyntax.Normalize(network, raw, out var normalized, out var problem))
        {
            case AddressCheck.Valid:
                return normalized;
            case AddressCheck.Trimmed:
                sink.Add(line, TagSeverity.Warning, TagDiagnosticKind.AddressTrimmed, $"address '{raw}' has white space around it; trimmed");
                return normalized;
            case AddressCheck.Empty:
                sink.Add(line, TagSeverity.Error, TagDiagnosticKind.MissingField, "an empty address; skipped");
                return null;
            default:
                sink.Add(line, TagSeverity.Error, TagDiagnosticKind.MalformedAddress, $"'{raw.Trim()}' ({network}): {problem}; skipped");
                return null;
        }
    }

    /// <summary>Reports (once per file and value) a currency or network that is not a ticker symbol.</summary>
    public static void CheckTicker(DiagnosticSink sink, string ticker, int line)
    {
        if (!IsTicker(ticker))
        {
            sink.AddOnce(line, TagSeverity.Warning, TagDiagnosticKind.UnknownCurrency, ticker, $"currency '{ticker}' is not a ticker symbol (upper-case letters, digits, '-'); its addresses are not checked");
        }
    }

    /// <summary>True for 2–12 upper-case letters, digits or '-', starting with a letter or digit (BTC, BEP20, L-BTC).</summary>
    public static bool IsTicker(string s) =>
        s.Length is >= 2 and <= 12 && s[0] != '-' && !s.AsSpan().ContainsAnyExcept(TickerChars);

    /// <summary>Reads a date; reports a non-ISO one as info and an unreadable one as a warning (then null).</summary>
    public static DateOnly? ReadDate(DiagnosticSink sink, string text, int line)
    {
        if (!TagDates.TryParse(text, out var date, out var format))
        {
            sink.AddOnce(line, TagSeverity.Warning, TagDiagnosticKind.BadDate, text, $"date '{text}' cannot be read; left empty");
            return null;
        }

        if (format == TagDateFormat.MonthDayYear)
        {
            sink.AddOnce(line, TagSeverity.Info, TagDiagnosticKind.DateFormat, text, string.Create(CultureInfo.InvariantCulture, $"date '{text}' read as month/day/year: {date:yyyy-MM-dd}"));
        }

        return date;
    }
}
