using System.Globalization;

namespace ChainTrace.Graph.Tags;

/// <summary>How <see cref="TagDates.TryParse"/> read a date.</summary>
internal enum TagDateFormat
{
    /// <summary>ISO 8601: <c>2021-11-14</c>, or a date-time whose date part is taken (<c>2023-08-16 12:18:52.6</c>).</summary>
    Iso,

    /// <summary>US month/day/year: <c>7/22/17</c> or <c>7/22/2017</c> (the MEW darklist's older entries).</summary>
    MonthDayYear,
}

/// <summary>Reads the dates found in tag files.</summary>
internal static class TagDates
{
    private static readonly string[] UsFormats = ["M/d/yy", "M/d/yyyy"];

    /// <summary>Reads an ISO date or date-time (date part), or a US M/d/yy date; false for anything else.</summary>
    public static bool TryParse(string text, out DateOnly date, out TagDateFormat format)
    {
        var s = text.Trim();
        format = TagDateFormat.Iso;
        if (DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
        {
            return true;
        }

        if (s.Length > 10 && s[10] is ' ' or 'T' or 't'
            && DateOnly.TryParseExact(s.AsSpan(0, 10), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date)
            && DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out _))
        {
            return true;
        }

        format = TagDateFormat.MonthDayYear;
        return DateOnly.TryParseExact(s, UsFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
    }
}
