using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using ChainTrace.Ethereum.Rpc;

namespace ChainTrace.Testing.Ethereum;

/// <summary>
/// A real Anvil node on 127.0.0.1 and a free port: installed if needed, started, waited for until it answers, and
/// always stopped (process tree killed) on dispose. Use as an xunit class fixture.
/// </summary>
public sealed class AnvilNode : IAsyncLifetime
{
    private Process? _process;

    /// <summary>The node's URL.</summary>
    public string Url { get; private set; } = string.Empty;

    /// <summary>A client for scripting the node (sending transactions, mining).</summary>
    public JsonRpcClient Rpc { get; private set; } = null!;

    /// <summary>Installs and starts Anvil and waits until it answers <c>eth_chainId</c>.</summary>
    public async Task InitializeAsync()
    {
        var binary = await AnvilInstall.EnsureAsync();
        var port = FreePort();
        var start = new ProcessStartInfo(binary)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "--host", "127.0.0.1", "--port", port.ToString(CultureInfo.InvariantCulture), "--silent" })
        {
            start.ArgumentList.Add(argument);
        }

        _process = Process.Start(start) ?? throw new InvalidOperationException("Anvil did not start.");
        _process.OutputDataReceived += (_, _) => { };
        _process.ErrorDataReceived += (_, _) => { };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        Url = string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{port}");
        Rpc = new JsonRpcClient(new JsonRpcClientOptions { Url = Url, MaxRetries = 0, Timeout = TimeSpan.FromSeconds(30) });
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (true)
        {
            try
            {
                await Rpc.CallAsync(new JsonRpcRequest("eth_chainId", "[]"), r => r.GetString());
                return;
            }
            catch (ChainTrace.Core.ChainSourceException) when (DateTime.UtcNow < deadline && !_process.HasExited)
            {
                await Task.Delay(100);
            }
        }
    }

    /// <summary>Stops Anvil (kills its process tree) and waits for it to exit.</summary>
    public async Task DisposeAsync()
    {
        Rpc?.Dispose();
        if (_process is { } process)
        {
            try
            {
                if (!process.HasExited)
                {
                    process.Kill(entireProcessTree: true);
                }

                await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(10));
            }
            catch (InvalidOperationException)
            {
                // Already gone.
            }

            process.Dispose();
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
