using System.Diagnostics;
using System.Text.Json;

namespace ChainTrace.Scenarios.Tests;

/// <summary>The generated blk files read by python-bitcoinlib, a reader that shares no code with ours.</summary>
[Collection(ScenarioGroup.Name)]
public sealed class IndependentReaderTests(ScenarioFixture fixture)
{
    [Fact]
    public async Task PythonBitcoinlib_ReadsEveryBlock_HashesMerkleRootsAndTxidsAgree()
    {
        var lines = await RunReaderAsync(fixture.Summary.BlocksDirectory);
        var chain = fixture.Chain.Blocks;
        Assert.Equal(chain.Count, lines.Count);
        Assert.Equal(fixture.AnswerKey.Blocks, lines.Count);
        var byBlock = fixture.Transactions.ToLookup(t => t.BlockNumber, t => t.Txid);
        for (var height = 0; height < lines.Count; height++)
        {
            var python = lines[height];
            var ours = chain[height];
            Assert.Equal(ours.Block.Hash.ToReversedHex(), python.GetProperty("hash").GetString());
            Assert.Equal("ok", python.GetProperty("check").GetString());
            var merkle = python.GetProperty("merkle_root").GetString();
            Assert.Equal(python.GetProperty("header_merkle_root").GetString(), merkle);
            Assert.Equal(ours.Block.MerkleRoot.ToReversedHex(), merkle);
            var txids = python.GetProperty("txids").EnumerateArray().Select(t => t.GetString()!).ToList();
            Assert.Equal(ours.Transactions.Select(t => t.Hash.ToReversedHex()), txids);
            Assert.Equal(byBlock[height].Order(StringComparer.Ordinal), txids.Order(StringComparer.Ordinal));
        }

        Assert.Equal(fixture.Summary.TipHash, lines[^1].GetProperty("hash").GetString());
        Assert.Equal("0f9188f13cb7b2c71f2a335e3a4fc328bf5beb436012afca590b1a11466e2206", lines[0].GetProperty("hash").GetString());
    }

    internal static async Task<List<JsonElement>> RunReaderAsync(string blocksDirectory)
    {
        var script = Path.Combine(AppContext.BaseDirectory, "read_blocks.py");
        var start = new ProcessStartInfo("/usr/bin/python3")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(script);
        start.ArgumentList.Add(blocksDirectory);
        using var process = Process.Start(start) ?? throw new InvalidOperationException("python3 did not start.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(
            process.ExitCode == 0,
            $"read_blocks.py failed ({process.ExitCode}); is Debian's python3-bitcoinlib installed? {await error}");
        return (await output).Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => JsonDocument.Parse(line).RootElement.Clone())
            .ToList();
    }
}
