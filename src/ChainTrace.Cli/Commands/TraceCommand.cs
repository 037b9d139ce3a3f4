using System.CommandLine;
using ChainTrace.Cli.Output;
using ChainTrace.Graph.Tracing;

namespace ChainTrace.Cli.Commands;

/// <summary><c>chaintrace trace DATASET --seed … --policy …</c>: where did the money go (or come from).</summary>
internal static class TraceCommand
{
    public static Command Create(CliConsole console)
    {
        var graph = new GraphOptions();
        var seeds = new Option<string[]>("--seed")
        {
            Description = "An address, a transaction id, or TXID:VOUT to start from (repeatable).",
            Required = true,
            AllowMultipleArgumentsPerToken = true,
        };
        var policy = new Option<TaintPolicy>("--policy") { Description = "Taint policy: poison, haircut, fifo, lifo or tiho.", DefaultValueFactory = _ => TaintPolicy.Haircut };
        var direction = new Option<TraceDirection>("--direction") { Description = "forward (where did it go) or backward (where did it come from).", DefaultValueFactory = _ => TraceDirection.Forward };
        var maxHops = new Option<int>("--max-hops") { Description = "Most transactions followed from a seed.", DefaultValueFactory = _ => 50 };
        var minAmount = new Option<ulong>("--min-amount") { Description = "Do not follow taint below this many base units (satoshi, wei).", DefaultValueFactory = _ => 1 };
        var json = new Option<bool>("--json") { Description = "Machine output: JSON with amounts in base units." };
        var command = new Command("trace", "Trace funds from seeds with a taint policy; prints exits (tagged entities reached, where value rests) with per-hop explanations.");
        graph.AddTo(command);
        command.Options.Add(seeds);
        command.Options.Add(policy);
        command.Options.Add(direction);
        command.Options.Add(maxHops);
        command.Options.Add(minAmount);
        command.Options.Add(json);
        command.SetAction(async (result, cancellationToken) =>
        {
            var load = graph.Load(result, cancellationToken);
            var labels = graph.Labels(result, console.Error, cancellationToken);
            var seedList = result.GetRequiredValue(seeds).Select(s => TraceSeed.Parse(s, load.Graph.Chain)).ToList();
            var options = new TraceOptions
            {
                Policy = result.GetValue(policy),
                Direction = result.GetValue(direction),
                MaxHops = result.GetValue(maxHops),
                MinAmount = result.GetValue(minAmount),
                Labels = labels,
            };
            var trace = TaintTracer.Trace(load.Graph, seedList, options, cancellationToken);
            if (trace.Seeds.Count == 0)
            {
                throw new ArgumentException($"None of the seeds ({string.Join(", ", seedList)}) occurs in the dataset.");
            }

            var text = result.GetValue(json) ? TraceJson.Write(trace, load) : TraceText.Write(trace);
            await console.Output.WriteAsync(text.AsMemory(), cancellationToken);
            return 0;
        });
        return command;
    }
}
