using ChainTrace.IntegrationTests.Infrastructure;
using static ChainTrace.IntegrationTests.Bitcoin.DatasetAssertions;

namespace ChainTrace.IntegrationTests.Bitcoin;

/// <summary>`chaintrace ingest bitcoin` and `chaintrace query` as a user runs them.</summary>
public sealed class BitcoinCliTests
{
    [SharedDataFact]
    public async Task IngestThenQuery_RealBlkFiles_PrintsCountsAndCsv()
    {
        using var temp = new TempDirectory();
        var dataset = temp.Sub("btc.ds");

        var ingest = await CliRunner.RunAsync("ingest", "bitcoin", "--blocks-dir", SharedData.PathOf("bitcoin/blk"), "--out", dataset);
        var query = await CliRunner.RunAsync("query", dataset, "SELECT count(*) AS blocks, sum(transaction_count) AS txs FROM blocks", "--format", "csv");
        var json = await CliRunner.RunAsync("query", dataset, "SELECT hash, fee FROM transactions WHERE block_number = 170 ORDER BY index", "--format", "json");
        var table = await CliRunner.RunAsync("query", dataset, "SELECT type, count(*) AS n FROM outputs GROUP BY type ORDER BY type");

        Assert.True(ingest.ExitCode == 0, ingest.Error);
        Assert.Contains("600 blocks", ingest.Output, StringComparison.Ordinal);
        Assert.Equal(0, query.ExitCode);
        Assert.Equal("blocks,txs\r\n600,616\r\n", query.Output);
        Assert.Contains("\"f4184fc596403b9d638783cf57adfe4c75c605f6356fbc91338530e9831e9e16\"", json.Output, StringComparison.Ordinal);
        Assert.Contains("pubkey", table.Output, StringComparison.Ordinal);
        Assert.Contains("row", table.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ingest_MissingBlocksDir_ExitsOneWithOneSentence()
    {
        using var temp = new TempDirectory();

        var result = await CliRunner.RunAsync("ingest", "bitcoin", "--blocks-dir", temp.Sub("nope"), "--out", temp.Sub("ds"));

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("nope", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain(" at ChainTrace", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ingest_BothSources_ExitsOne()
    {
        using var temp = new TempDirectory();

        var result = await CliRunner.RunAsync("ingest", "bitcoin", "--blocks-dir", temp.Path, "--rpc", "http://127.0.0.1:1/", "--out", temp.Sub("ds"));

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("exactly one of --blocks-dir", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Query_NotADataset_ExitsOneNamingTheFolder()
    {
        using var temp = new TempDirectory();

        var result = await CliRunner.RunAsync("query", temp.Path, "SELECT 1");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("not a ChainTrace dataset", result.Error, StringComparison.Ordinal);
    }

    [SharedDataFact]
    public async Task Query_BadSql_ExitsOneWithDuckDbsMessage()
    {
        using var temp = new TempDirectory();
        var dataset = temp.Sub("btc.ds");
        await CliRunner.RunAsync("ingest", "bitcoin", "--blocks-dir", SharedData.PathOf("bitcoin/blk"), "--out", dataset, "--to", "5");

        var result = await CliRunner.RunAsync("query", dataset, "SELECT no_such_column FROM blocks");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("no_such_column", result.Error, StringComparison.Ordinal);
    }

    [SharedDataFact]
    public async Task Ingest_TruncatedBlkFile_ExitsOneNamingFileAndOffsetAndKeepsCommittedBlocks()
    {
        using var temp = new TempDirectory();
        var blocks = temp.Sub("blocks");
        Directory.CreateDirectory(blocks);
        foreach (var file in Directory.GetFiles(SharedData.PathOf("bitcoin/blk"), "blk*.dat"))
        {
            File.Copy(file, Path.Combine(blocks, Path.GetFileName(file)));
        }

        var dataset = temp.Sub("btc.ds");
        var first = await CliRunner.RunAsync("ingest", "bitcoin", "--blocks-dir", blocks, "--out", dataset, "--to", "100");
        Assert.Equal(0, first.ExitCode);
        var before = Dump(dataset, "outputs");
        var second = Path.Combine(blocks, "blk00001.dat");
        using (var stream = new FileStream(second, FileMode.Open))
        {
            stream.SetLength(stream.Length / 2);
        }

        var result = await CliRunner.RunAsync("ingest", "bitcoin", "--blocks-dir", blocks, "--out", dataset);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("blk00001.dat", result.Error, StringComparison.Ordinal);
        Assert.Contains("offset", result.Error, StringComparison.Ordinal);
        Assert.Equal(before, Dump(dataset, "outputs"));
        Assert.Equal(100, Scalar(dataset, "SELECT max(number) FROM blocks"));
    }
}
