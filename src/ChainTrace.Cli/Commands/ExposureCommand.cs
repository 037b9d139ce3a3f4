using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json;
using ChainTrace.Cli.Output;
using ChainTrace.Graph.Exposure;

namespace ChainTrace.Cli.Commands;

/// <summary><c>chaintrace exposure DATASET --address A --tags …</c>: direct and indirect exposure by category.</summary>
internal static class ExposureCommand
{
    public static Command Create(CliConsole console)
    {
        var graph = new GraphOptions();
        var address = new Option<string>("--address") { Description = "The address to screen.", Required = true };
        var maxHops = new Option<int>("--max-hops") { Description = "Most hops for indirect exposure (1 = direct only).", DefaultValueFactory = _ => 5 };
        var json = new Option<bool>("--json") { Description = "Machine output: JSON with amounts in base units." };
        var command = new Command("exposure", "Screen an address: how much it sent to and received from each category of tagged entity, directly and within N hops (haircut).");
        graph.AddTo(command);
        command.Options.Add(address);
        command.Options.Add(maxHops);
        command.Options.Add(json);
        command.SetAction(async (result, cancellationToken) =>
        {
            var load = graph.Load(result, cancellationToken);
            var labels = graph.Labels(result, console.Error, cancellationToken);
            var rows = ExposureAnalyzer.Analyze(load.Graph, result.GetRequiredValue(address), labels, result.GetValue(maxHops), cancellationToken);
            var assets = load.Graph.Assets;
            string text;
            if (result.GetValue(json))
            {
                using var stream = new MemoryStream();
                using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
                {
                    w.WriteStartArray();
                    foreach (var row in rows)
                    {
                        w.WriteStartObject();
                        w.WriteString("category", row.Category);
                        w.WriteString("direction", row.Direction == Graph.Tracing.TraceDirection.Forward ? "sent_to" : "received_from");
                        w.WriteString("asset", assets[row.Asset]);
                        JsonAmounts.Write(w, "direct", row.Direct);
                        JsonAmounts.Write(w, "indirect", row.Indirect);
                        w.WriteStartArray("entities");
                        row.Entities.ToList().ForEach(w.WriteStringValue);
                        w.WriteEndArray();
                        w.WriteEndObject();
                    }

                    w.WriteEndArray();
                }

                text = Encoding.UTF8.GetString(stream.ToArray()) + "\n";
            }
            else
            {
                var b = new StringBuilder();
                b.AppendLine(CultureInfo.InvariantCulture, $"{"direction",-14} {"category",-20} {"direct",24} {"indirect",24}  entities");
                foreach (var row in rows)
                {
                    var dir = row.Direction == Graph.Tracing.TraceDirection.Forward ? "sent to" : "received from";
                    b.AppendLine(CultureInfo.InvariantCulture, $"{dir,-14} {row.Category,-20} {TraceText.Amount(row.Direct, assets[row.Asset]),24} {TraceText.Amount(row.Indirect, assets[row.Asset]),24}  {string.Join(", ", row.Entities.Take(5))}");
                }

                text = rows.Count == 0 ? "No exposure to tagged entities found.\n" : b.ToString();
            }

            await console.Output.WriteAsync(text.AsMemory(), cancellationToken);
            return 0;
        });
        return command;
    }
}
