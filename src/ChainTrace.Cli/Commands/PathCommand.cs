using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json;
using ChainTrace.Cli.Output;
using ChainTrace.Graph.Paths;

namespace ChainTrace.Cli.Commands;

/// <summary><c>chaintrace path DATASET --from A --to B</c>: how money got from one address to another.</summary>
internal static class PathCommand
{
    public static Command Create(CliConsole console)
    {
        var graph = new GraphOptions();
        var from = new Option<string>("--from") { Description = "The address the money left.", Required = true };
        var to = new Option<string>("--to") { Description = "The address it reached.", Required = true };
        var maxHops = new Option<int>("--max-hops") { Description = "Longest path, in transactions.", DefaultValueFactory = _ => 6 };
        var all = new Option<bool>("--all") { Description = "List every simple path up to --max-hops (at most --max-paths), not only the shortest." };
        var maxPaths = new Option<int>("--max-paths") { Description = "Most paths listed with --all.", DefaultValueFactory = _ => 100 };
        var json = new Option<bool>("--json") { Description = "Machine output: JSON with amounts in base units." };
        var command = new Command("path", "Find the shortest (or every simple) time-respecting path of payments between two addresses, with amounts and times.");
        graph.AddTo(command);
        command.Options.Add(from);
        command.Options.Add(to);
        command.Options.Add(maxHops);
        command.Options.Add(all);
        command.Options.Add(maxPaths);
        command.Options.Add(json);
        command.SetAction(async (result, cancellationToken) =>
        {
            var load = graph.Load(result, cancellationToken);
            var g = load.Graph;
            var (a, b) = (result.GetRequiredValue(from), result.GetRequiredValue(to));
            foreach (var address in new[] { a, b })
            {
                if (!g.Addresses.TryGetId(address, out _))
                {
                    throw new ArgumentException($"The address {address} does not occur in the dataset.");
                }
            }

            var options = new PathOptions { MaxHops = result.GetValue(maxHops) };
            IReadOnlyList<FlowPath> paths;
            var truncated = false;
            if (result.GetValue(all))
            {
                var search = PathFinder.AllSimple(g, a, b, options, result.GetValue(maxPaths), cancellationToken);
                (paths, truncated) = (search.Paths, search.Truncated);
            }
            else
            {
                paths = PathFinder.Shortest(g, a, b, options, cancellationToken) is { } path ? [path] : [];
            }

            var text = result.GetValue(json) ? Json(g.Assets, paths, truncated) : Text(g.Assets, a, b, paths, truncated, options.MaxHops);
            await console.Output.WriteAsync(text.AsMemory(), cancellationToken);
            return 0;
        });
        return command;
    }

    private static string Text(IReadOnlyList<string> assets, string from, string to, IReadOnlyList<FlowPath> paths, bool truncated, int maxHops)
    {
        var text = new StringBuilder();
        var inv = CultureInfo.InvariantCulture;
        if (paths.Count == 0)
        {
            return $"No path from {from} to {to} within {maxHops} hops.\n";
        }

        for (var p = 0; p < paths.Count; p++)
        {
            text.AppendLine(inv, $"Path {p + 1}: {paths[p].Length} hop(s)");
            foreach (var hop in paths[p].Hops)
            {
                text.AppendLine(inv, $"  {hop.Time:yyyy-MM-dd HH:mm:ss}Z block {hop.Block} {hop.TransactionHash}: {hop.FromAddress} → {hop.ToAddress} {TraceText.Amount(hop.Amount, assets[hop.Asset])}");
            }
        }

        if (truncated)
        {
            text.AppendLine("More paths exist; raise --max-paths to see them.");
        }

        return text.ToString();
    }

    private static string Json(IReadOnlyList<string> assets, IReadOnlyList<FlowPath> paths, bool truncated)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            w.WriteStartObject();
            w.WriteBoolean("truncated", truncated);
            w.WriteStartArray("paths");
            foreach (var path in paths)
            {
                w.WriteStartArray();
                foreach (var hop in path.Hops)
                {
                    w.WriteStartObject();
                    w.WriteString("from", hop.FromAddress);
                    w.WriteString("to", hop.ToAddress);
                    w.WriteString("transaction", hop.TransactionHash);
                    w.WriteNumber("block", hop.Block);
                    w.WriteNumber("timestamp", hop.Timestamp);
                    w.WriteString("asset", assets[hop.Asset]);
                    JsonAmounts.Write(w, "amount", hop.Amount);
                    w.WriteEndObject();
                }

                w.WriteEndArray();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }
}
