using System.Globalization;

namespace ChainTrace.Storage;

/// <summary>
/// Names of block-range part files, <c>part-{first:D20}-{last:D20}.parquet</c> (zero-padded so names sort by range),
/// and of temporary files, which end in <c>.tmp</c> and never match <c>*.parquet</c>.
/// </summary>
internal static class PartFileName
{
    public const string Extension = ".parquet";
    public const string TempExtension = ".tmp";
    private const string Prefix = "part-";
    private const int Digits = 20;
    private static readonly int NameLength = Prefix.Length + Digits + 1 + Digits + Extension.Length;

    /// <summary>The file name of the part covering <paramref name="first"/> … <paramref name="last"/>.</summary>
    public static string Format(long first, long last) =>
        string.Create(CultureInfo.InvariantCulture, $"{Prefix}{first:D20}-{last:D20}{Extension}");

    /// <summary>A unique temporary name for a file that will be renamed to <paramref name="finalName"/>.</summary>
    public static string Temp(string finalName) =>
        string.Create(CultureInfo.InvariantCulture, $".{finalName}.{Guid.NewGuid():N}{TempExtension}");

    /// <summary>Parses a part file name (without folder); false for any other name.</summary>
    public static bool TryParse(ReadOnlySpan<char> fileName, out long first, out long last)
    {
        first = last = 0;
        if (fileName.Length != NameLength
            || !fileName.StartsWith(Prefix, StringComparison.Ordinal)
            || !fileName.EndsWith(Extension, StringComparison.Ordinal)
            || fileName[Prefix.Length + Digits] != '-')
        {
            return false;
        }

        return TryParseDigits(fileName.Slice(Prefix.Length, Digits), out first)
            && TryParseDigits(fileName.Slice(Prefix.Length + Digits + 1, Digits), out last)
            && last >= first;
    }

    private static bool TryParseDigits(ReadOnlySpan<char> digits, out long value)
    {
        value = 0;
        foreach (var c in digits)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }
        }

        return long.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out value);
    }
}
