using System.Text.Json;

namespace ChainTrace.Cases;

/// <summary>
/// Writes <c>result.json</c>: the machine-readable answer of a case, snake_case, members in a fixed order, rows in
/// the fixed export order, amounts in base units as JSON integers up to 2^53 and decimal strings above, times as UTC
/// ISO 8601, absent values as null. Nothing depends on the time of writing.
/// </summary>
public static class ResultJsonWriter
{
    /// <summary>The value of the top-level <c>format</c> member.</summary>
    public const string Format = "chaintrace-case-result";

    /// <summary>The value of the top-level <c>format_version</c> member.</summary>
    public const int FormatVersion = 1;

    /// <summary>Writes the result to a stream (left open), ending with a newline.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Write(CaseResult result, CaseGraph graph, Stream output)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(output);
        using (var json = JsonOut.Create(output))
        {
            json.WriteStartObject();
            json.WriteString("format", Format);
            json.WriteNumber("format_version", FormatVersion);
            WriteCase(json, result.Definition);
            WriteParameters(json, result.Parameters);
            json.WriteStartObject("graph");
            json.WriteNumber("nodes", graph.Nodes.Count);
            json.WriteNumber("edges", graph.Edges.Count);
            json.WriteNumber("addresses", graph.Nodes.Count(node => node.Kind == CaseNodeKind.Address));
            json.WriteNumber("transactions", graph.Nodes.Count(node => node.Kind == CaseNodeKind.Transaction));
            json.WriteEndObject();
            WriteAssets(json, result);
            WriteTables(json, result);
            WriteProvenance(json, result.Provenance);
            JsonOut.Strings(json, "warnings", result.Warnings);
            json.WriteEndObject();
        }

        output.WriteByte((byte)'\n');
    }

    private static void WriteCase(Utf8JsonWriter json, CaseDefinition definition)
    {
        json.WriteStartObject("case");
        json.WriteString("title", definition.Title);
        JsonOut.Text(json, "description", definition.Description);
        JsonOut.Text(json, "creator", definition.Creator);
        JsonOut.Text(json, "lastmod", definition.LastModified);
        json.WriteString("chain", CaseNames.Of(definition.Chain));
        json.WriteString("network", definition.Network);
        JsonOut.Text(json, "source", definition.Source);
        json.WriteStartArray("seeds");
        foreach (var seed in definition.Seeds)
        {
            json.WriteStartObject();
            json.WriteString("kind", CaseSeed.KindName(seed.Kind));
            json.WriteString("value", seed.Value);
            JsonOut.Text(json, "label", seed.Label);
            JsonOut.Text(json, "category", seed.Category);
            JsonOut.Text(json, "abuse", seed.Abuse);
            JsonOut.Text(json, "source", seed.Source);
            JsonOut.Text(json, "confidence", seed.Confidence);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteParameters(Utf8JsonWriter json, CaseParameters parameters)
    {
        json.WriteStartObject("parameters");
        json.WriteString("policy", CaseNames.Of(parameters.Policy));
        json.WriteString("direction", CaseNames.Of(parameters.Direction));
        json.WriteNumber("max_hops", parameters.MaxHops);
        JsonOut.Amount(json, "min_amount", parameters.MinAmount);
        JsonOut.Time(json, "from", parameters.From);
        JsonOut.Time(json, "to", parameters.To);
        JsonOut.Strings(json, "stop_at_categories", parameters.StopAtCategories);
        JsonOut.Strings(json, "tag_sources", parameters.TagSources);
        json.WriteStartObject("extra");
        foreach (var (name, value) in CaseOrdering.ByKey(parameters.Extra))
        {
            json.WriteString(name, value);
        }

        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteAssets(Utf8JsonWriter json, CaseResult result)
    {
        json.WriteStartArray("assets");
        foreach (var asset in result.Assets.OrderBy(asset => asset.Id, StringComparer.Ordinal))
        {
            json.WriteStartObject();
            json.WriteString("id", asset.Id);
            json.WriteString("symbol", asset.Symbol);
            if (asset.Decimals is { } decimals)
            {
                json.WriteNumber("decimals", decimals);
            }
            else
            {
                json.WriteNull("decimals");
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteTables(Utf8JsonWriter json, CaseResult result)
    {
        json.WriteStartArray("totals");
        foreach (var row in CaseOrdering.Totals(result))
        {
            json.WriteStartObject();
            json.WriteString("asset", row.Asset);
            JsonOut.Amount(json, "seeded", row.Seeded);
            JsonOut.Amount(json, "reaching_exits", row.ReachingExits);
            JsonOut.Amount(json, "held", row.Held);
            JsonOut.Amount(json, "fees", row.Fees);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("exits");
        foreach (var exit in CaseOrdering.Exits(result))
        {
            json.WriteStartObject();
            json.WriteString("address", exit.Address);
            JsonOut.Text(json, "entity", exit.Entity);
            JsonOut.Text(json, "category", exit.Category);
            json.WriteString("asset", exit.Asset);
            JsonOut.Amount(json, "amount", exit.Amount);
            json.WriteNumber("hops", exit.Hops);
            JsonOut.Strings(json, "txids", exit.TxIds);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("exposure");
        foreach (var row in CaseOrdering.Exposure(result))
        {
            json.WriteStartObject();
            json.WriteString("category", row.Category);
            json.WriteString("direction", row.Direction == ExposureDirection.Outgoing ? "outgoing" : "incoming");
            json.WriteString("asset", row.Asset);
            JsonOut.Amount(json, "direct", row.Direct);
            JsonOut.Amount(json, "indirect", row.Indirect);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("flags");
        foreach (var flag in CaseOrdering.Flags(result))
        {
            json.WriteStartObject();
            json.WriteString("address", flag.Address);
            json.WriteNumber("score", flag.Score);
            JsonOut.Strings(json, "patterns", flag.Patterns);
            json.WriteStartArray("evidence");
            foreach (var evidence in flag.Evidence)
            {
                json.WriteStartObject();
                json.WriteString("kind", evidence.Kind);
                json.WriteString("reference", evidence.Reference);
                json.WriteString("value", evidence.Value);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteProvenance(Utf8JsonWriter json, CaseProvenance provenance)
    {
        json.WriteStartObject("provenance");
        json.WriteString("dataset", provenance.DatasetName);
        json.WriteString("chain", provenance.Chain);
        json.WriteString("network", provenance.Network);
        if (provenance.CheckpointHeight is { } height)
        {
            json.WriteNumber("checkpoint_height", height);
        }
        else
        {
            json.WriteNull("checkpoint_height");
        }

        JsonOut.Text(json, "checkpoint_hash", provenance.CheckpointHash);
        JsonOut.Text(json, "dataset_json_sha256", provenance.DatasetJsonSha256);
        json.WriteString("tool_version", provenance.ToolVersion);
        json.WriteStartArray("inputs");
        foreach (var input in CaseOrdering.Inputs(provenance.Inputs))
        {
            json.WriteStartObject();
            json.WriteString("role", input.Role);
            json.WriteString("name", input.Name);
            json.WriteString("sha256", input.Sha256);
            json.WriteNumber("size", input.Size);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }
}
