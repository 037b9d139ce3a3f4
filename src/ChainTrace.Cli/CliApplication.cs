using System.CommandLine;
using ChainTrace.Cli.Commands;

namespace ChainTrace.Cli;

/// <summary>Builds the <c>chaintrace</c> command tree and runs it with the tool's error conventions.</summary>
public static class CliApplication
{
    /// <summary>Parses and runs <paramref name="args"/>, writing results to <paramref name="output"/> and messages to <paramref name="error"/>.</summary>
    /// <returns>0 on success, 1 on bad input (one sentence on <paramref name="error"/>), 2 on an internal error.</returns>
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(args);
        var console = new CliConsole(output, error);
        var root = BuildRoot(console);
        var configuration = new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false };
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        ConsoleCancelEventHandler onCancel = (_, e) =>
        {
            e.Cancel = true;
            cancel.Cancel();
        };
        Console.CancelKeyPress += onCancel;
        try
        {
            return await root.Parse(args).InvokeAsync(configuration, cancel.Token);
        }
        catch (Exception ex) when (UserErrors.Describe(ex) is { } message)
        {
            await error.WriteLineAsync($"error: {message}");
            return 1;
        }
        catch (OperationCanceledException)
        {
            await error.WriteLineAsync("cancelled: everything committed before the interruption is kept; rerun to resume.");
            return 130;
        }
        catch (Exception ex)
        {
            await error.WriteLineAsync($"internal error: {ex.GetType().Name}: {ex.Message}");
            await error.WriteLineAsync("This is a bug in chaintrace; please report it with the command you ran.");
            return 2;
        }
        finally
        {
            Console.CancelKeyPress -= onCancel;
        }
    }

    private static RootCommand BuildRoot(CliConsole console)
    {
        var root = new RootCommand(
            "ChainTrace: ingest Bitcoin and Ethereum into a Parquet dataset, then query, trace and report on it.");
        root.Subcommands.Add(IngestCommand.Create(console));
        root.Subcommands.Add(QueryCommand.Create(console));
        root.Subcommands.Add(TraceCommand.Create(console));
        root.Subcommands.Add(PathCommand.Create(console));
        root.Subcommands.Add(ExposureCommand.Create(console));
        root.Subcommands.Add(ScenarioCommand.Create(console));
        root.Subcommands.Add(DemoCommand.Create(console));
        return root;
    }
}
