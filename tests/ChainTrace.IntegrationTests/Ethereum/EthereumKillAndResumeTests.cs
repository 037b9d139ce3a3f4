using ChainTrace.IntegrationTests.Infrastructure;
using ChainTrace.Testing.Ethereum;

namespace ChainTrace.IntegrationTests.Ethereum;

/// <summary>SIGKILL <c>chaintrace ingest ethereum</c> at random moments; the reruns must end with exactly the dataset of an uninterrupted run.</summary>
public sealed class EthereumKillAndResumeTests : IDisposable
{
    private static readonly string[] Tables =
    [
        "SELECT * FROM blocks ORDER BY number",
        "SELECT * FROM transactions ORDER BY block_number, transaction_index",
        "SELECT * FROM logs ORDER BY block_number, log_index",
        "SELECT * FROM token_transfers ORDER BY block_number, log_index",
        "SELECT * FROM traces ORDER BY block_number, transaction_hash, trace_address",
    ];

    private readonly TempDirectory _folder = new();

    [Fact]
    public async Task IngestEthereum_KilledRepeatedlyThenRerun_EqualsUninterruptedRun()
    {
        var chain = new FakeChain(tip: 2600);
        await using var node = new FakeEthereumNode(chain) { Delay = TimeSpan.FromMilliseconds(5) };
        var reference = _folder.Sub("reference");
        var killed = _folder.Sub("killed");
        await new Ingest.Ethereum.EthereumIngestor(new Ingest.Ethereum.EthereumIngestOptions { RpcUrl = node.Url, Confirmations = 0 }).RunAsync(reference);

        var random = new Random(20261123);
        var kills = 0;
        for (var attempt = 0; attempt < 5; attempt++)
        {
            using var process = CliRunner.Start("ingest", "ethereum", "--rpc", node.Url, "--out", killed, "--confirmations", "0");
            var exited = process.WaitForExit(random.Next(300, 2000));
            if (!exited)
            {
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync();
                kills++;
            }
            else if (process.ExitCode != 0)
            {
                Assert.Fail($"The ingest failed after a kill: {await process.StandardError.ReadToEndAsync()}");
            }
        }

        using (var finish = CliRunner.Start("ingest", "ethereum", "--rpc", node.Url, "--out", killed, "--confirmations", "0"))
        {
            var error = finish.StandardError.ReadToEndAsync();
            await finish.WaitForExitAsync();
            Assert.True(finish.ExitCode == 0, await error);
        }

        Assert.True(kills >= 1, "no run was killed; the test did not exercise anything");
        Assert.Equal(2601, DatasetFacts.AssertConsistent(killed));
        foreach (var sql in Tables)
        {
            Assert.Equal(Dump(reference, sql), Dump(killed, sql));
        }

        Assert.Empty(Directory.GetFiles(killed, "*.tmp", SearchOption.AllDirectories));
    }

    public void Dispose() => _folder.Dispose();

    private static string[] Dump(string dataset, string sql) => [.. DatasetFacts.Rows(dataset, sql).Select(r => string.Join('|', r))];
}
