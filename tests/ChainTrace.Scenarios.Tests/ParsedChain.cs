using ChainTrace.Bitcoin;
using ChainTrace.Bitcoin.Parsing;
using ChainTrace.Bitcoin.Sources;

namespace ChainTrace.Scenarios.Tests;

/// <summary>A generated chain read back with the project's own blocks-folder source and block parser.</summary>
public sealed class ParsedChain
{
    private ParsedChain(IReadOnlyList<ParsedBlock> blocks, BlocksDirectorySummary summary)
    {
        Blocks = blocks;
        Summary = summary;
    }

    public IReadOnlyList<ParsedBlock> Blocks { get; }

    public BlocksDirectorySummary Summary { get; }

    public static async Task<ParsedChain> ReadAsync(string blocksDirectory)
    {
        var source = new BlocksDirectorySource(blocksDirectory, new BlocksDirectoryOptions { Network = BitcoinNetwork.Regtest });
        var summary = await source.GetSummaryAsync();
        var blocks = new List<ParsedBlock>();
        await foreach (var raw in source.ReadBlocksAsync(0, null))
        {
            blocks.Add(BlockParser.Parse(raw.Bytes.Span, raw.Height, BitcoinNetwork.Regtest, raw.Location));
        }

        return new ParsedChain(blocks, summary);
    }
}
