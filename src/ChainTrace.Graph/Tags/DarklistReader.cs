using System.Text.Json;

namespace ChainTrace.Graph.Tags;

/// <summary>
/// Reads the MyEtherWallet ethereum-lists address darklist (<c>addresses-darklist.json</c>): an array of
/// <c>{"address", "comment", "date"}</c> objects of Ethereum scam and phishing addresses. The list is real dirty
/// input: repeated addresses, malformed addresses and mixed date formats; each is reported with its line.
/// </summary>
/// <remarks>
/// Each entry becomes an ETH tag whose label is its comment (or "MyEtherWallet darklist" when the comment is empty),
/// with abuse <c>phishing</c> when the comment mentions phishing and <c>scam</c> otherwise. The list is keyed by address:
/// a repeated address is dropped with a warning, and when the kept entry has no comment it takes the repeat's.
/// Dates are ISO (2018-03-12) or US month/day/year (7/22/17, reported as info). Confidence is left empty: the list
/// is community-curated and GraphSense has no confidence name for that.
/// </remarks>
public sealed class DarklistReader
{
    /// <summary>The label of darklist entries without a comment.</summary>
    public const string DefaultLabel = "MyEtherWallet darklist";

    /// <summary>The source of darklist tags.</summary>
    public const string Source = "https://github.com/MyEtherWallet/ethereum-lists";

    /// <summary>Reads a darklist file.</summary>
    /// <param name="path">The JSON file.</param>
    /// <param name="cancellationToken">Stops the read.</param>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="InvalidDataException">The file is not JSON, or not an array of objects; see <see cref="TagFileError"/>.</exception>
    /// <exception cref="OperationCanceledException">Cancelled.</exception>
    public static TagLoadResult ReadFile(string path, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var data = JsonLines.SkipBom(File.ReadAllBytes(path));
        var lines = new JsonLines(data.Span);
        var list = new DarklistBuilder(path);
        var reader = new Utf8JsonReader(data.Span, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip });
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartArray)
            {
                throw TagFileError.Create(path, lines.LineOf(reader.TokenStartIndex), "a darklist is a JSON array of {address, comment, date} objects");
            }

            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var entryLine = lines.LineOf(reader.TokenStartIndex);
                if (reader.TokenType != JsonTokenType.StartObject)
                {
                    list.Skip(entryLine, $"an entry that is not an object ({reader.TokenType}); skipped");
                    reader.Skip();
                    continue;
                }

                list.Add(ReadEntry(ref reader, lines, list.Sink), entryLine);
            }
        }
        catch (JsonException e)
        {
            throw JsonLines.Error(path, e);
        }

        return list.Complete();
    }

    private static DarklistEntry ReadEntry(ref Utf8JsonReader reader, JsonLines lines, DiagnosticSink sink)
    {
        var entry = new DarklistEntry();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var name = reader.GetString()!;
            reader.Read();
            var line = lines.LineOf(reader.TokenStartIndex);
            if (name is not ("address" or "comment" or "date"))
            {
                sink.AddOnce(line, TagSeverity.Warning, TagDiagnosticKind.UnknownField, name, $"'{name}' is not a darklist field; ignored");
                reader.Skip();
                continue;
            }

            if (reader.TokenType != JsonTokenType.String)
            {
                sink.Add(line, TagSeverity.Warning, TagDiagnosticKind.BadValue, $"'{name}' is not a string ({reader.TokenType}); ignored");
                reader.Skip();
                continue;
            }

            var value = reader.GetString()!;
            if ((name == "address" && entry.Address is not null) || (name == "date" && entry.Date is not null))
            {
                sink.Add(line, TagSeverity.Warning, TagDiagnosticKind.BadValue, $"'{name}' appears twice in the entry; the last value is used");
            }

            switch (name)
            {
                case "address":
                    entry.Address = value;
                    entry.AddressLine = line;
                    break;
                case "comment":
                    entry.Comment = value.Trim();
                    break;
                default:
                    entry.Date = value;
                    entry.DateLine = line;
                    break;
            }
        }

        return entry;
    }
}
