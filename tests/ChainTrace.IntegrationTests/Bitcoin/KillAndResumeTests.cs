using System.Diagnostics;
using ChainTrace.IntegrationTests.Infrastructure;
using static ChainTrace.IntegrationTests.Bitcoin.DatasetAssertions;

namespace ChainTrace.IntegrationTests.Bitcoin;

/// <summary>SIGKILL an ingest at random moments; the reruns must end with exactly the dataset of an uninterrupted run.</summary>
public sealed class KillAndResumeTests
{
    [SharedDataFact]
    public async Task Ingest_KilledRepeatedlyThenRerun_EqualsUninterruptedRun()
    {
        using var temp = new TempDirectory();
        var blk = SharedData.PathOf("bitcoin/blk");
        var reference = temp.Sub("reference.ds");
        var killed = temp.Sub("killed.ds");
        Assert.Equal(0, (await CliRunner.RunAsync("ingest", "bitcoin", "--blocks-dir", blk, "--out", reference)).ExitCode);

        var random = new Random(20261123);
        var kills = 0;
        for (var attempt = 0; attempt < 8; attempt++)
        {
            // Small commits (4 KB of blocks each) so that a kill lands between, inside and around commits.
            using var process = CliRunner.Start("ingest", "bitcoin", "--blocks-dir", blk, "--out", killed, "--batch-bytes", "4096");
            var delay = random.Next(300, 2500);
            var exited = process.WaitForExit(delay);
            if (!exited)
            {
                process.Kill(entireProcessTree: true); // SIGKILL
                await process.WaitForExitAsync();
                kills++;
            }
            else if (process.ExitCode != 0)
            {
                Assert.Fail($"The ingest failed after a kill: {await process.StandardError.ReadToEndAsync()}");
            }
        }

        using (var finish = CliRunner.Start("ingest", "bitcoin", "--blocks-dir", blk, "--out", killed, "--batch-bytes", "4096"))
        {
            var stderr = finish.StandardError.ReadToEndAsync();
            await finish.WaitForExitAsync();
            Assert.True(finish.ExitCode == 0, await stderr);
        }

        Assert.True(kills >= 1, "no run was killed; the test did not exercise anything");
        foreach (var table in BitcoinTables)
        {
            Assert.Equal(Dump(reference, table), Dump(killed, table));
        }

        Assert.Empty(Directory.GetFiles(killed, "*.tmp", SearchOption.AllDirectories));
    }
}
