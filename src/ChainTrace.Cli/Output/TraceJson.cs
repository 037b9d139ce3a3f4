using System.Text;
using System.Text.Json;
using ChainTrace.Graph.Loading;
using ChainTrace.Graph.Tracing;

namespace ChainTrace.Cli.Output;

/// <summary>The machine form of a trace result (amounts in base units, addresses as stored).</summary>
internal static class TraceJson
{
    public static string Write(TraceResult trace, FlowGraphLoad load)
    {
        var graph = trace.Graph;
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            w.WriteStartObject();
            w.WriteString("chain", graph.Chain.ToString().ToLowerInvariant());
            w.WriteString("network", graph.Network);
            if (load.CheckpointHeight is { } height)
            {
                w.WriteNumber("checkpoint_height", height);
                w.WriteString("checkpoint_hash", load.CheckpointHash);
            }

            w.WriteString("policy", trace.Options.Policy.ToString().ToLowerInvariant());
            w.WriteString("direction", trace.Options.Direction.ToString().ToLowerInvariant());
            w.WriteNumber("max_hops", trace.Options.MaxHops);
            w.WriteStartArray("seeds");
            trace.Seeds.ToList().ForEach(s => w.WriteStringValue(s.Text));
            w.WriteEndArray();
            w.WriteStartArray("unresolved_seeds");
            trace.UnresolvedSeeds.ToList().ForEach(s => w.WriteStringValue(s.Text));
            w.WriteEndArray();
            w.WriteStartArray("assets");
            foreach (var (asset, amount) in trace.Seeded.OrderBy(s => s.Key))
            {
                w.WriteStartObject();
                w.WriteString("asset", graph.Assets[asset]);
                JsonAmounts.Write(w, "seeded", amount);
                JsonAmounts.Write(w, "fees", trace.Fees.GetValueOrDefault(asset));
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteStartArray("exits");
            foreach (var exit in trace.Exits)
            {
                w.WriteStartObject();
                w.WriteString("kind", exit.Kind.ToString().ToLowerInvariant());
                w.WriteString("address", exit.AddressText);
                w.WriteString("label", exit.Label?.Label);
                w.WriteString("category", exit.Label?.Category);
                w.WriteString("asset", graph.Assets[exit.Asset]);
                JsonAmounts.Write(w, "amount", exit.Amount);
                w.WriteNumber("hop", exit.Hop);
                w.WriteString("transaction", exit.Transaction >= 0 ? graph.DisplayHash(exit.Transaction) : null);
                w.WriteStartArray("explanation");
                foreach (var step in trace.Explain(exit))
                {
                    w.WriteStartObject();
                    w.WriteNumber("hop", step.Hop);
                    w.WriteString("transaction", step.TransactionText);
                    w.WriteNumber("timestamp", step.Timestamp);
                    w.WriteString("from", step.FromAddress);
                    w.WriteString("to", step.ToAddress);
                    JsonAmounts.Write(w, "taint_in", step.TaintIn);
                    JsonAmounts.Write(w, "value_in", step.ValueIn);
                    JsonAmounts.Write(w, "taint_out", step.TaintOut);
                    w.WriteString("rule", step.Rule);
                    w.WriteEndObject();
                }

                w.WriteEndArray();
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteStartArray("addresses");
            foreach (var address in trace.Addresses)
            {
                w.WriteStartObject();
                w.WriteString("address", address.AddressText);
                w.WriteString("asset", graph.Assets[address.Asset]);
                JsonAmounts.Write(w, "amount", address.Amount);
                w.WriteNumber("hop", address.Hop);
                w.WriteString("label", address.Label?.Label);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }
}
