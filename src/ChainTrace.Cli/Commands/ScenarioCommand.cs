using System.CommandLine;
using System.Globalization;
using ChainTrace.Scenarios.Bitcoin;
using ChainTrace.Scenarios.Ethereum;

namespace ChainTrace.Cli.Commands;

/// <summary><c>chaintrace scenario bitcoin|ethereum</c>: generated ground-truth cases with an answer key.</summary>
internal static class ScenarioCommand
{
    public static Command Create(CliConsole console)
    {
        var command = new Command("scenario", "Generate a ransomware case whose true owners and flows are known (an answer key beside the chain).");
        command.Subcommands.Add(CreateBitcoin(console));
        command.Subcommands.Add(CreateEthereum(console));
        return command;
    }

    private static Command CreateBitcoin(CliConsole console)
    {
        var output = new Option<DirectoryInfo>("--out") { Description = "Folder for blocks/ (blk*.dat), answer-key.json and tags/.", Required = true };
        var seed = new Option<long>("--seed") { Description = "Seed: the same seed gives the same bytes.", DefaultValueFactory = _ => 1 };
        var transactions = new Option<long>("--transactions")
        {
            Description = "Approximate number of transactions (500 to 10^9; 10 million generates in minutes).",
            DefaultValueFactory = _ => 5_000,
        };
        var obfuscate = new Option<bool>("--xor") { Description = "XOR-obfuscate the blk files with an xor.dat key, as Bitcoin Core 28+ does." };
        var command = new Command("bitcoin", "Write a regtest chain as Bitcoin Core blk*.dat files: users, exchanges, CoinJoin rounds and a ransomware operator.")
        {
            output, seed, transactions, obfuscate,
        };
        command.SetAction(async (result, cancellationToken) =>
        {
            var summary = await new BitcoinScenarioGenerator(new BitcoinScenarioOptions
            {
                OutputDirectory = result.GetRequiredValue(output).FullName,
                Seed = result.GetValue(seed),
                Transactions = result.GetValue(transactions),
                Obfuscate = result.GetValue(obfuscate),
            }).GenerateAsync(cancellationToken);
            await console.Output.WriteLineAsync(string.Create(
                CultureInfo.InvariantCulture,
                $"wrote {summary.Blocks:N0} blocks, {summary.Transactions:N0} transactions, {summary.Bytes / 1e6:N1} MB to {summary.BlocksDirectory} in {summary.Elapsed.TotalSeconds:N1} s; answer key in {summary.OutputDirectory}"));
            return 0;
        });
        return command;
    }

    private static Command CreateEthereum(CliConsole console)
    {
        var rpc = new Option<string>("--rpc") { Description = "JSON-RPC URL of a fresh Anvil node (the generator uses Anvil's dev methods).", Required = true };
        var output = new Option<DirectoryInfo>("--out") { Description = "Folder for answer-key.json and tags/.", Required = true };
        var seed = new Option<long>("--seed") { Description = "Seed: the same seed on a fresh node gives the same answer key.", DefaultValueFactory = _ => 1 };
        var command = new Command("ethereum", "Play an Ethereum ransomware case (ETH and a stablecoin, layering, a mixer, exchange deposit addresses) on a local Anvil node.")
        {
            rpc, output, seed,
        };
        command.SetAction(async (result, cancellationToken) =>
        {
            var summary = await new EthereumScenarioGenerator(new EthereumScenarioOptions
            {
                RpcUrl = RpcUrl.Parse(result.GetRequiredValue(rpc)).ToString(),
                OutputDirectory = result.GetRequiredValue(output).FullName,
                Seed = result.GetValue(seed),
            }).GenerateAsync(cancellationToken);
            await console.Output.WriteLineAsync(string.Create(
                CultureInfo.InvariantCulture,
                $"played blocks {summary.FirstBlock}–{summary.LastBlock}: {summary.Transactions:N0} transactions, {summary.Addresses:N0} addresses, ransom {summary.RansomEthWei} wei and {summary.RansomTokenUnits} token units (token {summary.TokenAddress}, mixer {summary.MixerAddress}); answer key {summary.AnswerKeyPath}"));
            return 0;
        });
        return command;
    }
}
