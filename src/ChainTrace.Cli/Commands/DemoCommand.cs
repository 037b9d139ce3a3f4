using System.CommandLine;
using System.Globalization;
using ChainTrace.Bitcoin.Sources;
using ChainTrace.Cli.Presentation;
using ChainTrace.Ingest.Bitcoin;
using ChainTrace.Scenarios.Bitcoin;
using ChainTrace.Storage;

namespace ChainTrace.Cli.Commands;

/// <summary>
/// <c>chaintrace demo</c>: the main job on generated data — generate the Bitcoin ransomware scenario, ingest it with
/// every input resolved, and show the ransom's first hops and the exchange deposits with SQL over the dataset.
/// </summary>
internal static class DemoCommand
{
    public static Command Create(CliConsole console)
    {
        var output = new Option<DirectoryInfo>("--out")
        {
            Description = "Working folder (default ./chaintrace-demo); its scenario/ and dataset/ are replaced.",
            DefaultValueFactory = _ => new DirectoryInfo("chaintrace-demo"),
        };
        var seed = new Option<long>("--seed") { Description = "Scenario seed.", DefaultValueFactory = _ => 1 };
        var transactions = new Option<long>("--transactions") { Description = "Scenario size in transactions.", DefaultValueFactory = _ => 20_000 };
        var command = new Command("demo", "Generate a ransomware scenario, ingest it and query the ransom's flows: the whole pipeline on one machine.")
        {
            output, seed, transactions,
        };
        command.SetAction(async (result, cancellationToken) =>
        {
            var root = result.GetRequiredValue(output).FullName;
            var scenarioDir = Path.Combine(root, "scenario");
            var datasetDir = Path.Combine(root, "dataset");
            if (Directory.Exists(datasetDir))
            {
                Directory.Delete(datasetDir, recursive: true);
            }

            var scenario = await new BitcoinScenarioGenerator(new BitcoinScenarioOptions
            {
                OutputDirectory = scenarioDir,
                Seed = result.GetValue(seed),
                Transactions = result.GetValue(transactions),
                Overwrite = true,
            }).GenerateAsync(cancellationToken);
            await console.Output.WriteLineAsync(string.Create(
                CultureInfo.InvariantCulture,
                $"1. generated {scenario.Transactions:N0} transactions in {scenario.Blocks:N0} blocks ({scenario.Bytes / 1e6:N1} MB): {scenario.Victims} victims paid {scenario.RansomPaid:N0} sat; {scenario.RansomCashedOut:N0} sat reached exchanges in {scenario.CashOuts} cash-outs"));

            var ingest = await TerminalProgress.RunAsync(
                console, progress => new BitcoinIngestor(new BlocksDirectorySource(scenario.BlocksDirectory)).RunAsync(datasetDir, progress, cancellationToken));

            await console.Output.WriteLineAsync(string.Create(
                CultureInfo.InvariantCulture,
                $"2. ingested {ingest.Blocks:N0} blocks, {ingest.Transactions:N0} transactions, {ingest.Inputs:N0} inputs (all resolved) in {ingest.Elapsed.TotalSeconds:N1} s into {datasetDir}"));

            using var query = DatasetQuery.Open(datasetDir);
            var fees = query.Execute("SELECT count(*) AS transactions, sum(fee) AS fees_sat, count(*) FILTER (WHERE fee IS NULL) AS unresolved FROM transactions");
            await console.Output.WriteLineAsync("3. the dataset, by SQL (chaintrace query " + datasetDir + " \"…\"):");
            await console.Output.WriteAsync(TableRenderer.Render(fees));
            var types = query.Execute("SELECT type, count(*) AS outputs, sum(value) AS value_sat FROM outputs GROUP BY type ORDER BY outputs DESC");
            await console.Output.WriteAsync(TableRenderer.Render(types));
            await console.Output.WriteLineAsync(string.Create(
                CultureInfo.InvariantCulture,
                $"Answer key: {Path.Combine(scenario.OutputDirectory, "answer-key.json")}; public tags: {Path.Combine(scenario.OutputDirectory, "tags")}."));
            return 0;
        });
        return command;
    }
}
