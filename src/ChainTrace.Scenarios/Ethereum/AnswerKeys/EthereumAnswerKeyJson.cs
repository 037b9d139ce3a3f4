using System.Text.Encodings.Web;
using System.Text.Json;

namespace ChainTrace.Scenarios.Ethereum.AnswerKeys;

/// <summary>Reads and writes <see cref="EthereumAnswerKey"/> as indented snake_case JSON (<c>answer-key.json</c>).</summary>
public static class EthereumAnswerKeyJson
{
    /// <summary>The answer key's file name inside the scenario folder.</summary>
    public const string FileName = "answer-key.json";

    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        WriteIndented = true,
        IndentSize = 2,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The JSON text of <paramref name="key"/> (UTF-8, LF line ends, ends with a newline).</summary>
    public static string Serialize(EthereumAnswerKey key) => JsonSerializer.Serialize(key, Options) + "\n";

    /// <summary>Parses an answer key.</summary>
    /// <exception cref="JsonException">The text is not an answer key.</exception>
    public static EthereumAnswerKey Deserialize(string json) =>
        JsonSerializer.Deserialize<EthereumAnswerKey>(json, Options) ?? throw new JsonException("The answer key is JSON null.");

    /// <summary>Writes <paramref name="key"/> to <paramref name="path"/> (replacing it).</summary>
    /// <exception cref="IOException">The file cannot be written.</exception>
    public static Task WriteAsync(string path, EthereumAnswerKey key, CancellationToken cancellationToken = default) =>
        File.WriteAllTextAsync(path, Serialize(key), new System.Text.UTF8Encoding(false), cancellationToken);

    /// <summary>Reads an answer key file.</summary>
    /// <exception cref="IOException">The file cannot be read.</exception>
    /// <exception cref="JsonException">It is not an answer key.</exception>
    public static async Task<EthereumAnswerKey> ReadAsync(string path, CancellationToken cancellationToken = default) =>
        Deserialize(await File.ReadAllTextAsync(path, cancellationToken).ConfigureAwait(false));
}
