using System.Globalization;
using System.Text.Json;
using ChainTrace.Core;

namespace ChainTrace.Storage;

/// <summary>Reads and writes <c>dataset.json</c>.</summary>
internal static class ManifestFile
{
    public const string FileName = "dataset.json";
    private const string Format = "chaintrace-dataset";
    private const int MaxBytes = 1 << 20;

    /// <summary>Reads and validates the manifest at <paramref name="path"/>.</summary>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="ChainDataException">The file is not a valid manifest; the message names the file and the field.</exception>
    public static DatasetManifest Read(string path)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"No dataset here: {path} does not exist.", path);
        }

        var length = new FileInfo(path).Length;
        if (length > MaxBytes)
        {
            throw Bad(path, $"the file is {length} bytes, more than a manifest can be");
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(File.ReadAllBytes(path), new JsonDocumentOptions { MaxDepth = 8 });
        }
        catch (JsonException e)
        {
            throw Bad(path, $"it is not valid JSON ({e.Message})", e);
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw Bad(path, "the top level is not a JSON object");
            }

            if (GetString(root, "format", path) != Format)
            {
                throw Bad(path, $"field 'format' is not '{Format}'");
            }

            var chain = GetString(root, "chain", path) switch
            {
                "bitcoin" => ChainKind.Bitcoin,
                "ethereum" => ChainKind.Ethereum,
                var other => throw Bad(path, $"field 'chain' has unknown value '{other}'"),
            };
            var network = GetString(root, "network", path);
            if (network.Length is 0 or > 64)
            {
                throw Bad(path, "field 'network' is empty or too long");
            }

            var version = GetInt64(root, "schema_version", path);
            if (version is < 1 or > int.MaxValue)
            {
                throw Bad(path, "field 'schema_version' must be a positive 32-bit integer");
            }

            var created = GetTime(root, "created", path);
            var updated = GetTime(root, "updated", path);
            DatasetCheckpoint? checkpoint = null;
            if (root.TryGetProperty("checkpoint", out var cp) && cp.ValueKind != JsonValueKind.Null)
            {
                if (cp.ValueKind != JsonValueKind.Object)
                {
                    throw Bad(path, "field 'checkpoint' is not an object");
                }

                checkpoint = new DatasetCheckpoint(
                    GetInt64(cp, "first_block", path), GetInt64(cp, "last_block", path), GetString(cp, "last_block_hash", path));
                try
                {
                    checkpoint.Validate("checkpoint");
                }
                catch (ArgumentException e)
                {
                    throw Bad(path, $"field 'checkpoint' is invalid: {e.Message}", e);
                }
            }

            return new DatasetManifest(chain, network, (int)version, checkpoint, created, updated);
        }
    }

    /// <summary>Serializes a manifest as indented UTF-8 JSON.</summary>
    public static byte[] Serialize(DatasetManifest manifest)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteString("format", Format);
            json.WriteNumber("schema_version", manifest.SchemaVersion);
            json.WriteString("chain", manifest.Chain == ChainKind.Bitcoin ? "bitcoin" : "ethereum");
            json.WriteString("network", manifest.Network);
            json.WriteString("created", manifest.CreatedAt.ToString("O", CultureInfo.InvariantCulture));
            json.WriteString("updated", manifest.UpdatedAt.ToString("O", CultureInfo.InvariantCulture));
            if (manifest.Checkpoint is { } checkpoint)
            {
                json.WriteStartObject("checkpoint");
                json.WriteNumber("first_block", checkpoint.FirstBlock);
                json.WriteNumber("last_block", checkpoint.LastBlock);
                json.WriteString("last_block_hash", checkpoint.LastBlockHash);
                json.WriteEndObject();
            }
            else
            {
                json.WriteNull("checkpoint");
            }

            json.WriteEndObject();
        }

        buffer.WriteByte((byte)'\n');
        return buffer.ToArray();
    }

    private static string GetString(JsonElement parent, string name, string path) =>
        parent.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()!
            : throw Bad(path, $"field '{name}' is missing or not a string");

    private static long GetInt64(JsonElement parent, string name, string path) =>
        parent.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var number)
            ? number
            : throw Bad(path, $"field '{name}' is missing or not an integer");

    private static DateTimeOffset GetTime(JsonElement parent, string name, string path) =>
        DateTimeOffset.TryParse(GetString(parent, name, path), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var time)
            ? time
            : throw Bad(path, $"field '{name}' is not an ISO 8601 time");

    private static ChainDataException Bad(string path, string what, Exception? inner = null) =>
        new($"The dataset manifest is corrupt: {what}.", new DataLocation(File: path), inner);
}
