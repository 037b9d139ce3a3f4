using System.Globalization;
using System.Text;

namespace ChainTrace.Cases;

/// <summary>Shared text rules of the exports: UTF-8 without BOM, time format, XML-safe text.</summary>
internal static class CaseText
{
    /// <summary>UTF-8 without a byte-order mark.</summary>
    public static UTF8Encoding Utf8 { get; } = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>UTC time as <c>2017-05-12T14:03:00Z</c> (seconds; block times have no fraction).</summary>
    public static string Time(DateTimeOffset time) =>
        time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    /// <summary>An integer in invariant culture.</summary>
    public static string Int(long value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// The text with characters XML 1.0 cannot carry (control characters, lone surrogates, U+FFFE/U+FFFF) replaced by
    /// U+FFFD, so a hostile tag cannot make an export invalid.
    /// </summary>
    public static string XmlSafe(string text)
    {
        StringBuilder? builder = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            bool ok;
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder?.Append(c).Append(text[i + 1]);
                i++;
                continue;
            }

            ok = c is '\t' or '\n' or '\r' || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD);
            if (!ok && builder is null)
            {
                builder = new StringBuilder(text.Length).Append(text, 0, i);
            }

            builder?.Append(ok ? c : '\uFFFD');
        }

        return builder?.ToString() ?? text;
    }
}
