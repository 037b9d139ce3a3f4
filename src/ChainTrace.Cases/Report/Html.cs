using System.Text;

namespace ChainTrace.Cases;

/// <summary>HTML escaping for text and attribute values taken from data (addresses, labels, sources).</summary>
internal static class Html
{
    /// <summary>
    /// Escapes <c>&amp; &lt; &gt; " '</c> and replaces characters XML cannot carry with U+FFFD, so data can neither
    /// open a tag nor leave an attribute, in HTML text, HTML attributes and inline SVG alike.
    /// </summary>
    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        text = CaseText.XmlSafe(text);
        if (text.AsSpan().IndexOfAny("&<>\"'") < 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            builder.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => null,
            } ?? c.ToString());
        }

        return builder.ToString();
    }

    /// <summary>A long identifier shortened to its first and last characters: <c>12t9YD…6SMw</c>.</summary>
    public static string Abbreviate(string text, int head = 6, int tail = 4) =>
        text.Length <= head + tail + 1 ? text : $"{text[..head]}…{text[^tail..]}";

    /// <summary>Text cut to at most <paramref name="max"/> characters with an ellipsis.</summary>
    public static string Truncate(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";
}
