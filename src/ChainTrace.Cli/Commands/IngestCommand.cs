using System.CommandLine;

namespace ChainTrace.Cli.Commands;

/// <summary><c>chaintrace ingest</c>: the parent of the per-chain ingest commands.</summary>
internal static class IngestCommand
{
    public static Command Create(CliConsole console)
    {
        var command = new Command("ingest", "Ingest a chain into a Parquet dataset (resumable: rerun to continue after the last committed block).");
        command.Subcommands.Add(IngestBitcoinCommand.Create(console));
        command.Subcommands.Add(IngestEthereumCommand.Create(console));
        return command;
    }
}
