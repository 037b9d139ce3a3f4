using System.Text;
using System.Text.RegularExpressions;

namespace ChainTrace.Cases.Tests;

public sealed partial class HtmlReportWriterTests
{
    private static string Render((CaseResult Result, CaseGraph Graph) sample, int maxDrawnNodes = 200)
    {
        using var buffer = new MemoryStream();
        HtmlReportWriter.Write(sample.Result, sample.Graph, buffer, maxDrawnNodes);
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    [Fact]
    public void Write_HostileLabels_AreEscapedEverywhere()
    {
        var html = Render(SampleCase.Bitcoin());

        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>", html, StringComparison.Ordinal);
        Assert.Single(Regex.Matches(html, "<script"));
        Assert.Contains("Evil &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;Co&quot;", html, StringComparison.Ordinal);
        Assert.Contains("<title>ChainTrace case: Sample &lt;b&gt;case&lt;/b&gt;</title>", html, StringComparison.Ordinal);
        Assert.Contains("Tags for 1 address came from a file with &lt;b&gt;markup&lt;/b&gt;.", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_Sample_IsSelfContainedWithAllSections()
    {
        var html = Render(SampleCase.Bitcoin());

        Assert.DoesNotMatch(ExternalResource(), html);
        Assert.Contains("default-src 'none'", html, StringComparison.Ordinal);
        foreach (var id in new[] { "summary", "graph", "exits", "exposure", "flags", "seeds", "parameters", "provenance", "warnings" })
        {
            Assert.Contains($"<section id=\"{id}\">", html, StringComparison.Ordinal);
        }

        Assert.Equal(8, NodeGroup().Count(html));
        Assert.Equal(7, Regex.Count(html, "<g class=\"edge\">"));
        Assert.Equal(2, Regex.Count(html, "<g class=\"node address exit\""));
        Assert.Contains("<td class=\"num\" data-sort=\"1500000000\" title=\"1500000000 base units\">15 BTC</td>", html, StringComparison.Ordinal);
        Assert.Contains(">11.99995 BTC</td>", html, StringComparison.Ordinal);
        Assert.Contains("0000000000000000011865af4122fe3b144e2cbeea86142e8ff2fb4107352d43", html, StringComparison.Ordinal);
        Assert.DoesNotContain("graph-capped", html, StringComparison.Ordinal);
        Assert.DoesNotContain("\r", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_ContentSecurityPolicy_AllowsExactlyTheInlineScript()
    {
        var html = Render(SampleCase.Bitcoin());
        var script = Regex.Match(html, "<script>(.*?)</script>", RegexOptions.Singleline).Groups[1].Value;
        var hash = Convert.ToBase64String(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(script)));

        Assert.Contains($"script-src 'sha256-{hash}'", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_LargeGraph_CapsTheDrawingAndSaysSo()
    {
        var html = Render(SampleCase.Chain(150));

        Assert.Contains("The drawing shows 200 of 300 nodes", html, StringComparison.Ordinal);
        Assert.Equal(200, NodeGroup().Count(html));
        Assert.Contains("data-id=\"a:1Addr00000\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_EthereumAmounts_ShowEighteenDecimalsTrimmed()
    {
        var html = Render(SampleCase.Ethereum());

        Assert.Contains(">173,600 ETH</td>", html, StringComparison.Ordinal);
        Assert.Contains(">9,007,199,254,740,993 raw units of TKN</td>", html, StringComparison.Ordinal);
    }

    [GeneratedRegex("(src|href)\\s*=\\s*\"(https?:|//|file:)", RegexOptions.IgnoreCase)]
    private static partial Regex ExternalResource();

    [GeneratedRegex("<g class=\"node ")]
    private static partial Regex NodeGroup();
}
