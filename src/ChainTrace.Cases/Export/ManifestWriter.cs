using System.Security.Cryptography;
using System.Text.Json;

namespace ChainTrace.Cases;

/// <summary>
/// Renders and parses <c>manifest.json</c>. The manifest covers itself: its last member <c>self_sha256</c> is the
/// SHA-256 of the manifest exactly as this writer renders it without that member. A verifier parses the file,
/// re-renders it and requires (1) the re-rendered bytes to equal the file (any formatting edit fails) and (2) the
/// recomputed self hash to equal the recorded one (any content edit that keeps valid JSON fails). This detects
/// accidental and naive changes; someone who rewrites files and manifest together can recompute every hash, so for
/// tamper evidence against a deliberate actor record <see cref="Sha256Of"/> of the manifest outside the bundle
/// (the CLI prints it) and compare it with what <c>case verify</c> prints.
/// </summary>
public static class ManifestWriter
{
    /// <summary>The value of the <c>format</c> member.</summary>
    public const string Format = "chaintrace-case-manifest";

    /// <summary>The value of the <c>format_version</c> member.</summary>
    public const int FormatVersion = 1;

    private static readonly string[] Members = ["format", "format_version", "tool_version", "hash", "files", "inputs", "self_sha256"];

    /// <summary>The manifest file's bytes: UTF-8 JSON, LF, ending with a newline, with the self-check hash.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="manifest"/> is null.</exception>
    public static byte[] Render(CaseManifest manifest)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        var self = Sha256Of(Render(manifest, null));
        return Render(manifest, self);
    }

    /// <summary>SHA-256 of bytes as 64 lower-case hex digits.</summary>
    public static string Sha256Of(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    /// <summary>
    /// Parses manifest bytes and checks the self hash and the canonical rendering. Never throws for bad content.
    /// </summary>
    /// <param name="bytes">The file's bytes.</param>
    /// <param name="manifest">The parsed manifest when it parsed, even if a check then failed; else null.</param>
    /// <param name="problem">Why the manifest is not intact, or null when it is.</param>
    /// <returns>True when the manifest parsed, its self hash matches and it is in canonical form.</returns>
    public static bool TryParse(ReadOnlySpan<byte> bytes, out CaseManifest? manifest, out string? problem)
    {
        manifest = null;
        string? self;
        try
        {
            (manifest, self) = Parse(bytes);
        }
        catch (Exception ex) when (ex is JsonException or FormatException or InvalidOperationException or KeyNotFoundException or ArgumentException)
        {
            problem = $"not a valid manifest ({ex.Message})";
            return false;
        }

        if (!string.Equals(self, Sha256Of(Render(manifest, null)), StringComparison.Ordinal))
        {
            problem = "its self_sha256 does not match its content";
            return false;
        }

        if (!bytes.SequenceEqual(Render(manifest, self)))
        {
            problem = "it is not in the form the writer produces (edited by hand?)";
            return false;
        }

        problem = null;
        return true;
    }

    private static byte[] Render(CaseManifest manifest, string? self)
    {
        using var buffer = new MemoryStream();
        using (var json = JsonOut.Create(buffer))
        {
            json.WriteStartObject();
            json.WriteString("format", Format);
            json.WriteNumber("format_version", FormatVersion);
            json.WriteString("tool_version", manifest.ToolVersion);
            json.WriteString("hash", "sha256");
            json.WriteStartArray("files");
            foreach (var file in manifest.Files.OrderBy(file => file.Path, StringComparer.Ordinal))
            {
                json.WriteStartObject();
                json.WriteString("path", file.Path);
                json.WriteString("sha256", file.Sha256);
                json.WriteNumber("size", file.Size);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("inputs");
            foreach (var input in CaseOrdering.Inputs(manifest.Inputs))
            {
                json.WriteStartObject();
                json.WriteString("role", input.Role);
                json.WriteString("name", input.Name);
                json.WriteString("sha256", input.Sha256);
                json.WriteNumber("size", input.Size);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            if (self is not null)
            {
                json.WriteString("self_sha256", self);
            }

            json.WriteEndObject();
        }

        buffer.WriteByte((byte)'\n');
        return buffer.ToArray();
    }

    private static (CaseManifest Manifest, string Self) Parse(ReadOnlySpan<byte> bytes)
    {
        using var document = JsonDocument.Parse(bytes.ToArray());
        var root = document.RootElement;
        foreach (var member in root.EnumerateObject())
        {
            if (!Members.Contains(member.Name, StringComparer.Ordinal))
            {
                throw new FormatException($"unknown member '{member.Name}'");
            }
        }

        if (root.GetProperty("format").GetString() != Format || root.GetProperty("format_version").GetInt32() != FormatVersion
            || root.GetProperty("hash").GetString() != "sha256")
        {
            throw new FormatException("unknown format, version or hash");
        }

        var files = root.GetProperty("files").EnumerateArray()
            .Select(file => new CaseManifestEntry(Str(file, "path"), Str(file, "sha256"), file.GetProperty("size").GetInt64()))
            .ToList();
        var inputs = root.GetProperty("inputs").EnumerateArray()
            .Select(input => new CaseInputFile(Str(input, "role"), Str(input, "name"), Str(input, "sha256"), input.GetProperty("size").GetInt64()))
            .ToList();
        return (new CaseManifest(Str(root, "tool_version"), files, inputs), Str(root, "self_sha256"));
    }

    private static string Str(JsonElement element, string name) =>
        element.GetProperty(name).GetString() ?? throw new FormatException($"'{name}' is null");
}
