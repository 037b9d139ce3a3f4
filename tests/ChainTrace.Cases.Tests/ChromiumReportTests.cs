using System.Text.RegularExpressions;

namespace ChainTrace.Cases.Tests;

/// <summary>The report opened in headless Chromium (Debian chromium): it draws the graph and tables, and its script runs without errors.</summary>
public sealed partial class ChromiumReportTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    [ChromiumFact]
    public async Task Screenshot_SampleReport_ShowsGraphColoursAndIsNotBlank()
    {
        using var dir = new TempDirectory();
        var bundle = await CaseAssert.WriteSampleBundleAsync(dir);
        var png = dir.Sub("report.png");

        var outcome = await RunChromiumAsync(dir, $"--screenshot={png}", "--window-size=1400,2000", ReportUrl(bundle));

        Assert.True(File.Exists(png), $"no screenshot; chromium said: {outcome.StandardError}");
        KeepForPeople(bundle, png);
        var bytes = await File.ReadAllBytesAsync(png);
        Assert.True(bytes.Length > 20_000, $"screenshot is only {bytes.Length} bytes");
        var image = PngImage.Decode(bytes);
        Assert.Equal(1400, image.Width);
        Assert.Equal(2000, image.Height);

        var colours = new HashSet<(byte, byte, byte)>();
        int nonWhite = 0, exchangeBlue = 0, ransomRed = 0, mixerPurple = 0, headerNavy = 0;
        for (var y = 0; y < image.Height; y++)
        {
            for (var x = 0; x < image.Width; x++)
            {
                var pixel = image[x, y];
                colours.Add(pixel);
                nonWhite += pixel != (255, 255, 255) ? 1 : 0;
                exchangeBlue += pixel == (0x1f, 0x77, 0xb4) ? 1 : 0;
                ransomRed += pixel == (0xd6, 0x27, 0x28) ? 1 : 0;
                mixerPurple += pixel == (0x94, 0x67, 0xbd) ? 1 : 0;
                headerNavy += pixel == (0x17, 0x32, 0x4d) ? 1 : 0;
            }
        }

        Assert.True(colours.Count > 50, $"only {colours.Count} distinct colours");
        Assert.True(nonWhite > 100_000, $"only {nonWhite} non-white pixels");
        Assert.True(exchangeBlue > 500, $"exchange box colour found on {exchangeBlue} pixels");
        Assert.True(mixerPurple > 500, $"mixer box colour found on {mixerPurple} pixels");
        Assert.True(ransomRed > 500, $"seed box colour found on {ransomRed} pixels");
        Assert.True(headerNavy > 20_000, $"header colour found on {headerNavy} pixels");
    }

    [ChromiumFact]
    public async Task DumpDom_SampleReport_HasSvgGraphTablesAndNoScriptErrors()
    {
        using var dir = new TempDirectory();
        var bundle = await CaseAssert.WriteSampleBundleAsync(dir);

        var outcome = await RunChromiumAsync(dir, "--dump-dom", "--enable-logging=stderr", "--v=0", ReportUrl(bundle));
        var dom = outcome.StandardOutput;

        Assert.Contains("data-script=\"ok\"", dom, StringComparison.Ordinal);
        Assert.Contains("<svg xmlns=\"http://www.w3.org/2000/svg\" id=\"flow-graph\"", dom, StringComparison.Ordinal);
        Assert.Equal(8, NodeGroup().Count(dom));
        Assert.Equal(7, EdgeGroup().Count(dom));
        foreach (var table in new[] { "totals-table", "summary-table", "exits-table", "exposure-table", "flag-evidence-0", "seeds-table", "parameters-table", "provenance-table", "inputs-table" })
        {
            Assert.Contains($"<table id=\"{table}\"", dom, StringComparison.Ordinal);
        }

        Assert.Equal(2, Regex.Count(dom, "<tr><td>[^<]*</td><td>(exchange|mixer)</td>"));
        Assert.DoesNotContain("Uncaught", outcome.StandardError, StringComparison.Ordinal);
        Assert.DoesNotContain("Refused to", outcome.StandardError, StringComparison.Ordinal);
        Assert.DoesNotContain("Content Security Policy", outcome.StandardError, StringComparison.Ordinal);
        Assert.DoesNotMatch(ConsoleError(), outcome.StandardError);
        Assert.DoesNotContain("<script>alert", dom, StringComparison.Ordinal);
    }

    /// <summary>Copies the report and screenshot to CHAINTRACE_REPORT_OUT when set, for a person to look at.</summary>
    private static void KeepForPeople(string bundle, string png)
    {
        var target = Environment.GetEnvironmentVariable("CHAINTRACE_REPORT_OUT");
        if (!string.IsNullOrEmpty(target))
        {
            Directory.CreateDirectory(target);
            File.Copy(Path.Combine(bundle, CaseBundleFiles.Report), Path.Combine(target, CaseBundleFiles.Report), overwrite: true);
            File.Copy(png, Path.Combine(target, "report.png"), overwrite: true);
        }
    }

    private static string ReportUrl(string bundle) => new Uri(Path.Combine(bundle, CaseBundleFiles.Report)).AbsoluteUri;

    private static async Task<ExternalTool.Outcome> RunChromiumAsync(TempDirectory dir, params string[] arguments)
    {
        var chromium = ToolAvailability.Chromium;
        Assert.True(chromium is not null, "chromium is not installed (apt-get install chromium)");
        var profile = dir.Sub("chromium-profile");
        Directory.CreateDirectory(profile);
        string[] common = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-extensions", "--hide-scrollbars", $"--user-data-dir={profile}"];
        return await ExternalTool.RunAsync(chromium!, [.. common, .. arguments], Timeout);
    }

    [GeneratedRegex("CONSOLE[^\n]*report\\.html")]
    private static partial Regex ConsoleError();

    [GeneratedRegex("<g class=\"node ")]
    private static partial Regex NodeGroup();

    [GeneratedRegex("<g class=\"edge\">")]
    private static partial Regex EdgeGroup();
}
