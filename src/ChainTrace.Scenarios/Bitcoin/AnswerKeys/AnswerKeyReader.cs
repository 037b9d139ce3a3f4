using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json;

namespace ChainTrace.Scenarios.Bitcoin.AnswerKeys;

/// <summary>Reads a generated scenario's answer key: <c>answer-key.json</c> and its two CSV files.</summary>
public static class AnswerKeyReader
{
    /// <summary>The answer key's file name inside the scenario folder.</summary>
    public const string FileName = "answer-key.json";

    internal static JsonSerializerOptions JsonOptions { get; } = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        WriteIndented = true,
    };

    /// <summary>Loads <c>answer-key.json</c> from a scenario folder.</summary>
    /// <param name="scenarioDirectory">The folder the generator wrote.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <exception cref="FileNotFoundException">The folder has no answer key (generation did not finish).</exception>
    /// <exception cref="InvalidDataException">The file is not an answer key of a known format.</exception>
    public static async Task<BitcoinAnswerKey> LoadAsync(string scenarioDirectory, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scenarioDirectory);
        var path = Path.Combine(scenarioDirectory, FileName);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"No answer key at '{path}' (the scenario was not generated there, or generation did not finish).", path);
        }

        await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, useAsync: true);
        BitcoinAnswerKey? key;
        try
        {
            key = await JsonSerializer.DeserializeAsync<BitcoinAnswerKey>(stream, JsonOptions, cancellationToken).ConfigureAwait(false);
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"{path} is not a valid answer key: {ex.Message}", ex);
        }

        return key is not null && key.Format == BitcoinAnswerKey.CurrentFormat
            ? key
            : throw new InvalidDataException($"{path} is not a '{BitcoinAnswerKey.CurrentFormat}' answer key.");
    }

    /// <summary>Streams <c>answer-key/addresses.csv</c> of a scenario folder.</summary>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="InvalidDataException">A line does not have the expected columns (file and line named).</exception>
    public static async IAsyncEnumerable<AnswerKeyAddress> ReadAddressesAsync(
        string scenarioDirectory, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scenarioDirectory);
        await foreach (var fields in ReadCsvAsync(Path.Combine(scenarioDirectory, AnswerKeyWriter.AddressesFile), AnswerKeyWriter.AddressesHeader, cancellationToken).ConfigureAwait(false))
        {
            yield return new AnswerKeyAddress(fields[0], fields[1], fields[2], fields[3], fields[4].Length == 0 ? null : fields[4]);
        }
    }

    /// <summary>Streams <c>answer-key/transactions.csv</c> of a scenario folder.</summary>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="InvalidDataException">A line does not have the expected columns (file and line named).</exception>
    public static async IAsyncEnumerable<AnswerKeyTransaction> ReadTransactionsAsync(
        string scenarioDirectory, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scenarioDirectory);
        var path = Path.Combine(scenarioDirectory, AnswerKeyWriter.TransactionsFile);
        var line = 1L;
        await foreach (var fields in ReadCsvAsync(path, AnswerKeyWriter.TransactionsHeader, cancellationToken).ConfigureAwait(false))
        {
            line++;
            if (!long.TryParse(fields[1], NumberStyles.None, CultureInfo.InvariantCulture, out var block)
                || !long.TryParse(fields[4], NumberStyles.None, CultureInfo.InvariantCulture, out var ransom))
            {
                throw new InvalidDataException(string.Create(CultureInfo.InvariantCulture, $"{path} line {line}: block_number and ransom_input must be integers."));
            }

            int? change = null;
            if (fields[5].Length > 0)
            {
                change = int.TryParse(fields[5], NumberStyles.None, CultureInfo.InvariantCulture, out var vout)
                    ? vout
                    : throw new InvalidDataException(string.Create(CultureInfo.InvariantCulture, $"{path} line {line}: change_output must be an integer."));
            }

            yield return new AnswerKeyTransaction(fields[0], block, fields[2], fields[3], ransom, change, fields[6].Length == 0 ? null : fields[6]);
        }
    }

    private static async IAsyncEnumerable<string[]> ReadCsvAsync(
        string path, string header, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"No answer-key file at '{path}'.", path);
        }

        using var reader = new StreamReader(path);
        var columns = header.Split(',').Length;
        var first = await reader.ReadLineAsync(cancellationToken).ConfigureAwait(false);
        if (first != header)
        {
            throw new InvalidDataException($"{path} does not start with the header '{header}'.");
        }

        var number = 1L;
        while (await reader.ReadLineAsync(cancellationToken).ConfigureAwait(false) is { } text)
        {
            number++;
            var fields = text.Split(',');
            if (fields.Length != columns)
            {
                throw new InvalidDataException(string.Create(
                    CultureInfo.InvariantCulture, $"{path} line {number} has {fields.Length} fields, expected {columns}."));
            }

            yield return fields;
        }
    }
}
