using ChainTrace.Graph.Tags;

namespace ChainTrace.Graph.Tests.Tags;

public sealed class ActorPackReaderTests
{
    [Fact]
    public void Read_SmallPack_ReadsActorsAndReportsBadOnes()
    {
        const string yaml = """
            %YAML 1.1
            ---
            title: Actors
            creator: c
            lastmod: '2023-02-17'
            actors:
            - id: '01'
              label: '01'
              jurisdictions: []
              categories:
              - defi_dex
              uri: 01.xyz
              context:
                refs:
                - api.llama.fi/protocol/01
            - id: binance
              label: Binance
              categories: [exchange, organization]
              aliases:
              - bnb
              context: {}
            - label: no id
            - id: binance
              label: again
              colour: yellow
            """;

        var result = new ActorPackReader().Read(yaml, "actors.yaml");

        Assert.Equal(["01", "binance"], result.Actors.Select(a => a.Id));
        Assert.Equal(("Binance", 16), (result.Actors[1].Label, result.Actors[1].Line));
        Assert.Equal(["exchange", "organization"], result.Actors[1].Categories);
        Assert.Equal(["bnb"], result.Actors[1].Aliases);
        Assert.Equal(("01.xyz", 7), (result.Actors[0].Uri, result.Actors[0].Line));
        Assert.Equal(
            [(22, TagDiagnosticKind.MissingField), (23, TagDiagnosticKind.DuplicateEntry), (25, TagDiagnosticKind.UnknownField)],
            result.Diagnostics.Select(d => (d.Line, d.Kind)));
    }

    [Fact]
    public void Read_NoActorsList_ThrowsInvalidDataException()
    {
        var e = Assert.Throws<InvalidDataException>(() => new ActorPackReader().Read("title: t\n", "actors.yaml"));

        Assert.Contains("no 'actors' list", e.Message, StringComparison.Ordinal);
    }
}
