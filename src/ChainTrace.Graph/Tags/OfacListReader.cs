using System.Text.Json;
using System.Text.RegularExpressions;

namespace ChainTrace.Graph.Tags;

/// <summary>
/// Reads the OFAC SDN digital-currency address lists as 0xB10C/ofac-sanctioned-digital-currency-addresses publishes
/// them: one file per currency, <c>sanctioned_addresses_XBT.txt</c> (one address a line) or <c>….json</c> (an array of
/// strings). The currency comes from the file name (OFAC's XBT is read as BTC). Each address becomes a tag with label
/// "OFAC SDN sanctioned", abuse <c>sanction</c> and confidence <c>authority_data</c>; each address is checked for its
/// currency, so a TRON address in the XBT list is reported with its line, not loaded and not a crash.
/// </summary>
public sealed partial class OfacListReader
{
    /// <summary>The label of OFAC tags.</summary>
    public const string Label = "OFAC SDN sanctioned";

    /// <summary>The source of OFAC tags: the SDN list.</summary>
    public const string Source = "https://www.treasury.gov/ofac/downloads/sdnlist.txt";

    private readonly TagReadOptions _options;

    /// <summary>Creates a reader.</summary>
    /// <param name="options">Reading options; default <see cref="TagReadOptions"/> defaults.</param>
    /// <exception cref="ArgumentOutOfRangeException">The options are invalid.</exception>
    public OfacListReader(TagReadOptions? options = null)
    {
        _options = options ?? new TagReadOptions();
        _options.Validate();
    }

    /// <summary>
    /// Reads every <c>sanctioned_addresses_CUR</c> list in <paramref name="folder"/>: the <c>.txt</c> file of each currency,
    /// or its <c>.json</c> file when there is no text file (both hold the same addresses).
    /// </summary>
    /// <exception cref="DirectoryNotFoundException">The folder does not exist.</exception>
    /// <exception cref="InvalidDataException">A file is not readable (unless the options say Report); see <see cref="TagFileError"/>.</exception>
    /// <exception cref="OperationCanceledException">Cancelled.</exception>
    public TagLoadResult ReadFolder(string folder, CancellationToken cancellationToken = default)
    {
        var files = TagFiles.Find(folder, ".txt", ".json")
            .Where(f => FileName().IsMatch(Path.GetFileName(f)))
            .GroupBy(f => Path.ChangeExtension(f, null), StringComparer.Ordinal)
            .Select(g => g.FirstOrDefault(f => f.EndsWith(".txt", StringComparison.OrdinalIgnoreCase)) ?? g.First())
            .ToList();
        return TagFiles.ReadAll(files, TagSourceKind.OfacList, _options, ReadFile, cancellationToken);
    }

    /// <summary>Reads one list; the currency comes from its name <c>sanctioned_addresses_CUR.txt|json</c>.</summary>
    /// <exception cref="ArgumentException">The file name does not name a currency that way.</exception>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="InvalidDataException">The file is not readable text or JSON; see <see cref="TagFileError"/>.</exception>
    /// <exception cref="OperationCanceledException">Cancelled.</exception>
    public static TagLoadResult ReadFile(string path, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var match = FileName().Match(Path.GetFileName(path));
        if (!match.Success)
        {
            throw new ArgumentException($"'{Path.GetFileName(path)}' is not named sanctioned_addresses_<CURRENCY>.txt or .json; pass the currency.", nameof(path));
        }

        return ReadFile(path, match.Groups[1].Value, cancellationToken);
    }

    /// <summary>Reads one list of <paramref name="ofacCurrency"/> addresses (text, or JSON when the name ends in .json).</summary>
    /// <param name="path">The file.</param>
    /// <param name="ofacCurrency">The currency as OFAC writes it (XBT, ETH, USDT, …).</param>
    /// <param name="cancellationToken">Stops the read.</param>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="InvalidDataException">The file is not readable text or JSON; see <see cref="TagFileError"/>.</exception>
    /// <exception cref="OperationCanceledException">Cancelled.</exception>
    public static TagLoadResult ReadFile(string path, string ofacCurrency, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        ArgumentException.ThrowIfNullOrEmpty(ofacCurrency);
        var list = new Builder(path, ofacCurrency);
        if (path.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
        {
            ReadJson(path, list, cancellationToken);
        }
        else
        {
            var lineNo = 0;
            foreach (var line in TagFiles.ReadText(path).Split('\n'))
            {
                lineNo++;
                var entry = line.TrimEnd('\r');
                if (entry.Trim().Length > 0 && !entry.TrimStart().StartsWith('#'))
                {
                    list.Add(entry, lineNo);
                }
            }
        }

        cancellationToken.ThrowIfCancellationRequested();
        return list.Complete();
    }

    /// <summary>The ChainTrace ticker for an OFAC currency code: XBT is BTC, others are kept.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="ofacCurrency"/> is null.</exception>
    public static string TickerOf(string ofacCurrency)
    {
        ArgumentNullException.ThrowIfNull(ofacCurrency);
        var code = ofacCurrency.Trim().ToUpperInvariant();
        return code == "XBT" ? "BTC" : code;
    }

    private static void ReadJson(string path, Builder list, CancellationToken cancellationToken)
    {
        var data = JsonLines.SkipBom(File.ReadAllBytes(path));
        var lines = new JsonLines(data.Span);
        var reader = new Utf8JsonReader(data.Span, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip });
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartArray)
            {
                throw TagFileError.Create(path, lines.LineOf(reader.TokenStartIndex), "an OFAC JSON list is an array of address strings");
            }

            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var line = lines.LineOf(reader.TokenStartIndex);
                if (reader.TokenType == JsonTokenType.String)
                {
                    list.Add(reader.GetString()!, line);
                }
                else
                {
                    list.Skip(line, $"an entry that is not an address string ({reader.TokenType}); skipped");
                    reader.Skip();
                }
            }
        }
        catch (JsonException e)
        {
            throw JsonLines.Error(path, e);
        }
    }

    [GeneratedRegex(@"^sanctioned_addresses_([A-Za-z0-9-]+)\.(txt|json)$", RegexOptions.CultureInvariant)]
    private static partial Regex FileName();
}
