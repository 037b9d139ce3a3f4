using System.Diagnostics;

namespace ChainTrace.Testing.Ethereum;

/// <summary>
/// Finds the pinned Anvil binary (tools/anvil, npm package @foundry-rs/anvil-linux-amd64) and installs it with
/// <c>npm ci --prefix tools/anvil</c> when it is missing. One install per test run, shared by all fixtures.
/// </summary>
public static class AnvilInstall
{
    private static readonly SemaphoreSlim Gate = new(1, 1);

    /// <summary>The repository root (the folder with tools/anvil/package.json above the test binaries).</summary>
    public static string RepositoryRoot { get; } = FindRoot();

    /// <summary>The tools/anvil folder.</summary>
    public static string ToolsFolder => Path.Combine(RepositoryRoot, "tools", "anvil");

    /// <summary>The Anvil executable path.</summary>
    public static string Binary => Path.Combine(ToolsFolder, "node_modules", "@foundry-rs", "anvil-linux-amd64", "bin", "anvil");

    /// <summary>Installs the pinned tools when the binary is missing; returns its path.</summary>
    /// <exception cref="InvalidOperationException">npm is missing or the install failed (its output is in the message).</exception>
    public static async Task<string> EnsureAsync()
    {
        await Gate.WaitAsync();
        try
        {
            if (!File.Exists(Binary))
            {
                await RunAsync("npm", ["ci", "--prefix", ToolsFolder, "--no-audit", "--no-fund"], TimeSpan.FromMinutes(5));
            }

            return File.Exists(Binary)
                ? Binary
                : throw new InvalidOperationException($"npm ci finished but {Binary} does not exist.");
        }
        finally
        {
            Gate.Release();
        }
    }

    /// <summary>Runs a tool and returns its standard output.</summary>
    /// <exception cref="InvalidOperationException">It could not start, failed, or ran out of time.</exception>
    public static async Task<string> RunAsync(string file, IEnumerable<string> arguments, TimeSpan timeout)
    {
        var start = new ProcessStartInfo(file)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = RepositoryRoot,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {file}.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new InvalidOperationException($"{file} {string.Join(' ', start.ArgumentList)} did not finish within {timeout}.");
        }

        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException(
                $"{file} {string.Join(' ', start.ArgumentList)} failed with exit code {process.ExitCode}: {await output}{await error}");
        }

        return await output;
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "tools", "anvil", "package.json")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("tools/anvil/package.json was not found above the test binaries.");
    }
}
