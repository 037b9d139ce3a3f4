namespace ChainTrace.Cli;

/// <summary>The output and error writers a command writes to, and whether a progress display may be shown.</summary>
/// <param name="Output">Where results go (stdout).</param>
/// <param name="Error">Where messages and progress go (stderr).</param>
public sealed record CliConsole(TextWriter Output, TextWriter Error)
{
    /// <summary>True when progress may be drawn: the error writer is the real stderr and it is a terminal.</summary>
    public bool ShowsProgress =>
        ReferenceEquals(Error, Console.Error) && !Console.IsErrorRedirected &&
        string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI"));
}
