using System.CommandLine;
using ChainTrace.Graph;
using ChainTrace.Graph.Loading;

namespace ChainTrace.Cli.Commands;

/// <summary>The options shared by the commands that load a flow graph: dataset, block range and tags.</summary>
internal sealed class GraphOptions
{
    public Argument<DirectoryInfo> Dataset { get; } = new("DATASET") { Description = "The dataset folder (holding dataset.json)." };

    public Option<long?> FromBlock { get; } = new("--from-block") { Description = "Load only blocks from this height." };

    public Option<long?> ToBlock { get; } = new("--to-block") { Description = "Load only blocks up to this height (inclusive)." };

    public Option<DirectoryInfo[]> Tags { get; } = new("--tags")
    {
        Description = "A GraphSense TagPack file or folder of *.yaml packs (repeatable); labelled addresses name the entities reached.",
        AllowMultipleArgumentsPerToken = true,
    };

    public void AddTo(Command command)
    {
        command.Arguments.Add(Dataset);
        command.Options.Add(FromBlock);
        command.Options.Add(ToBlock);
        command.Options.Add(Tags);
    }

    public FlowGraphLoad Load(ParseResult result, CancellationToken cancellationToken)
    {
        var path = result.GetRequiredValue(Dataset);
        if (!File.Exists(Path.Combine(path.FullName, "dataset.json")))
        {
            throw new FileNotFoundException($"{path.FullName} is not a ChainTrace dataset (no dataset.json).", Path.Combine(path.FullName, "dataset.json"));
        }

        return FlowGraphLoader.Load(path.FullName, new FlowGraphLoadOptions { FromBlock = result.GetValue(FromBlock), ToBlock = result.GetValue(ToBlock) }, cancellationToken);
    }

    public IAddressLabels Labels(ParseResult result, TextWriter warnings, CancellationToken cancellationToken)
    {
        var sources = result.GetValue(Tags) ?? [];
        return sources.Length == 0 ? AddressLabels.None : TagLabels.Load(sources.Select(s => s.FullName).ToList(), warnings, cancellationToken);
    }
}
