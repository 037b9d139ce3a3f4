namespace ChainTrace.Cli;

/// <summary>Entry point of the chaintrace tool.</summary>
public static class Program
{
    /// <summary>Runs the command line and returns the process exit code (0 success, 1 bad input, 2 internal error).</summary>
    public static Task<int> Main(string[] args) => CliApplication.RunAsync(args, Console.Out, Console.Error);
}
