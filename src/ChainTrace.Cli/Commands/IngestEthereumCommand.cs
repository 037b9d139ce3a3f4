using System.CommandLine;
using System.Globalization;
using ChainTrace.Cli.Presentation;
using ChainTrace.Ingest.Ethereum;

namespace ChainTrace.Cli.Commands;

/// <summary><c>chaintrace ingest ethereum</c>: an Ethereum JSON-RPC node into a dataset.</summary>
internal static class IngestEthereumCommand
{
    public static Command Create(CliConsole console)
    {
        var rpc = new Option<string>("--rpc")
        {
            Description = "The node's JSON-RPC URL. Credentials in the URL are used but never printed.",
            Required = true,
        };
        var output = new Option<DirectoryInfo>("--out") { Description = "The dataset folder (created when missing).", Required = true };
        var from = new Option<long?>("--from") { Description = "First block to write (default: after the dataset's checkpoint, or 0)." };
        var to = new Option<long?>("--to") { Description = "Last block to write (default: the tip minus --confirmations)." };
        var confirmations = new Option<int>("--confirmations")
        {
            Description = "Only blocks at least this far below the tip are written (reorg safety; 0 for local nodes).",
            DefaultValueFactory = _ => 12,
        };

        var command = new Command(
            "ethereum",
            "Ingest Ethereum blocks, transactions with receipts, logs, token transfers (ERC-20/721/1155) and traces; reorg-safe and resumable.")
        {
            rpc, output, from, to, confirmations,
        };
        command.SetAction(async (result, cancellationToken) =>
        {
            var options = new EthereumIngestOptions
            {
                RpcUrl = RpcUrl.Parse(result.GetRequiredValue(rpc)).ToString(),
                From = result.GetValue(from),
                To = result.GetValue(to),
                Confirmations = result.GetValue(confirmations),
            };
            options.Validate();
            var ingestor = new EthereumIngestor(options);
            var summary = await TerminalProgress.RunAsync(
                console, progress => ingestor.RunAsync(result.GetRequiredValue(output).FullName, progress, cancellationToken));

            await console.Output.WriteLineAsync(Describe(summary));
            return 0;
        });
        return command;
    }

    private static string Describe(EthereumIngestSummary s)
    {
        var what = s.FirstBlock is { } first
            ? string.Create(CultureInfo.InvariantCulture, $"wrote blocks {first}–{s.LastBlock}: {s.Blocks:N0} blocks, {s.Transactions:N0} transactions, {s.Logs:N0} logs, {s.TokenTransfers:N0} token transfers, {s.Traces:N0} traces")
            : string.Create(CultureInfo.InvariantCulture, $"nothing new to write (tip {s.Tip}, target {s.Target}); the dataset ends at {s.LastBlock?.ToString(CultureInfo.InvariantCulture) ?? "(empty)"}");
        var reorgs = s.Reorgs.Count == 0 ? string.Empty : string.Create(CultureInfo.InvariantCulture, $"; {s.Reorgs.Count} reorganisation(s) rolled back and re-ingested");
        return string.Create(CultureInfo.InvariantCulture, $"{what}{reorgs} in {s.Elapsed.TotalSeconds:N1} s (traces: {s.TraceMode}, receipts: {s.ReceiptMode}).");
    }
}
