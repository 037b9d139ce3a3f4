using System.CommandLine;
using System.Globalization;
using ChainTrace.Bitcoin.Sources;
using ChainTrace.Cli.Presentation;
using ChainTrace.Ingest.Bitcoin;

namespace ChainTrace.Cli.Commands;

/// <summary><c>chaintrace ingest bitcoin</c>: blk*.dat files or a Bitcoin Core node into a dataset.</summary>
internal static class IngestBitcoinCommand
{
    public static Command Create(CliConsole console)
    {
        var blocksDir = new Option<DirectoryInfo?>("--blocks-dir")
        {
            Description = "Bitcoin Core's blocks folder (blk*.dat, with xor.dat when obfuscated). Read directly; the node may be stopped.",
        };
        var rpc = new Option<string?>("--rpc")
        {
            Description = "Bitcoin Core JSON-RPC URL, e.g. http://127.0.0.1:8332/ (instead of --blocks-dir).",
        };
        var cookie = new Option<FileInfo?>("--rpc-cookie") { Description = "Bitcoin Core's .cookie file for RPC authentication." };
        var user = new Option<string?>("--rpc-user") { Description = "RPC user name (with the password in CHAINTRACE_RPC_PASSWORD)." };
        var output = new Option<DirectoryInfo>("--out") { Description = "The dataset folder (created when missing).", Required = true };
        var from = new Option<long?>("--from") { Description = "First height to write (default: after the dataset's checkpoint, or genesis)." };
        var to = new Option<long?>("--to") { Description = "Last height to write (default: the source's tip)." };
        var rpcPrevouts = new Option<bool>("--rpc-prevouts")
        {
            Description = "Take spent outputs from the node (getblock verbosity 3 on Core 23+, else getrawtransaction with -txindex) instead of replaying the chain from genesis when starting above it.",
        };
        var batchBytes = new Option<long?>("--batch-bytes")
        {
            Description = "Block bytes collected before each commit of part files and checkpoint (default 64 MiB). Smaller commits lose less on a kill.",
        };

        var command = new Command("bitcoin", "Ingest Bitcoin blocks with every input's spent output resolved (value, type, address) and fees computed.")
        {
            blocksDir, rpc, cookie, user, rpcPrevouts, output, from, to, batchBytes,
        };
        command.SetAction(async (result, cancellationToken) =>
        {
            var prevouts = result.GetValue(rpcPrevouts);
            var source = CreateSource(result.GetValue(blocksDir), result.GetValue(rpc), result.GetValue(cookie), result.GetValue(user), prevouts);
            var options = new BitcoinIngestOptions
            {
                FromHeight = result.GetValue(from),
                ToHeight = result.GetValue(to),
                ResolveFromSourcePrevouts = prevouts,
            };
            if (result.GetValue(batchBytes) is { } bytes)
            {
                options = options with { CommitBytes = bytes };
            }

            var ingestor = new BitcoinIngestor(source, options);
            var summary = await TerminalProgress.RunAsync(
                console, progress => ingestor.RunAsync(result.GetRequiredValue(output).FullName, progress, cancellationToken));

            await console.Output.WriteLineAsync(Describe(summary));
            return 0;
        });
        return command;
    }

    private static IBitcoinBlockSource CreateSource(DirectoryInfo? blocksDir, string? rpc, FileInfo? cookie, string? user, bool prevouts)
    {
        if ((blocksDir is null) == (rpc is null))
        {
            throw new ArgumentException("Give exactly one of --blocks-dir DIR or --rpc URL.");
        }

        if (blocksDir is not null)
        {
            if (!blocksDir.Exists)
            {
                throw new DirectoryNotFoundException($"The blocks folder {blocksDir.FullName} does not exist.");
            }

            return new BlocksDirectorySource(blocksDir.FullName);
        }

        if (prevouts && rpc is null)
        {
            throw new ArgumentException("--rpc-prevouts needs --rpc.");
        }

        var client = new BitcoinRpcClient(new BitcoinRpcOptions
        {
            Endpoint = RpcUrl.Parse(rpc!),
            CookieFile = cookie?.FullName,
            UserName = user,
            Password = user is null ? null : Environment.GetEnvironmentVariable("CHAINTRACE_RPC_PASSWORD"),
        });
        return new RpcBlockSource(client, new RpcBlockSourceOptions
        {
            FetchMode = RpcBlockFetchMode.Verbosity2,
            IncludePrevouts = prevouts,
        });
    }

    private static string Describe(BitcoinIngestSummary s)
    {
        var range = s.FirstHeight is { } first
            ? string.Create(CultureInfo.InvariantCulture, $"wrote heights {first}–{s.LastHeight}: {s.Blocks:N0} blocks, {s.Transactions:N0} transactions, {s.Inputs:N0} inputs, {s.Outputs:N0} outputs")
            : string.Create(CultureInfo.InvariantCulture, $"nothing new to write; the dataset ends at height {s.LastHeight?.ToString(CultureInfo.InvariantCulture) ?? "(empty)"}");
        var rate = s.Elapsed.TotalSeconds > 0 ? s.Bytes / 1e6 / s.Elapsed.TotalSeconds : 0;
        return string.Create(
            CultureInfo.InvariantCulture,
            $"{range} in {s.Elapsed.TotalSeconds:N1} s ({rate:N1} MB/s). Unspent outputs: {s.Utxo.Count:N0} ({s.Utxo.EntryBytesPerOutput:N1} bytes each in the index).");
    }
}
