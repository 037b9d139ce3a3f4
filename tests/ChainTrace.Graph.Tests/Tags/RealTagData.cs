using System.Diagnostics;
using ChainTrace.Graph.Tags;

namespace ChainTrace.Graph.Tests.Tags;

/// <summary>
/// The real label data under ../shared/data/labels, loaded once for all tests of the collection and only when a test
/// asks (tests skip when the data is absent outside CI).
/// </summary>
/// <remarks>
/// The figures the tests assert were computed independently with PyYAML and hashlib by verify_tag_figures.py in this
/// folder (no ChainTrace code): 524,170 TagPack entries, 11 malformed and 6 duplicate ones, 524,153 tags; OFAC XBT 435
/// lines with the TRON address at line 355; darklist 693 entries, 1 malformed, 2 trimmed, 63 repeats, 629 tags; 234
/// category conflicts; 500,149 distinct addresses over the three sources.
/// </remarks>
public sealed class RealTagData
{
    private readonly Lazy<(TagLoadResult Result, TimeSpan Elapsed)> _packs = new(() =>
    {
        var watch = Stopwatch.StartNew();
        var result = new TagPackReader().ReadFolder(SharedData.PathOf("labels/tagpacks/packs"));
        return (result, watch.Elapsed);
    });

    private readonly Lazy<TagLoadResult> _ofac = new(() => new OfacListReader().ReadFolder(SharedData.PathOf("labels/ofac")));

    private readonly Lazy<TagLoadResult> _darklist = new(() => DarklistReader.ReadFile(SharedData.PathOf("labels/mew-darklist/addresses-darklist.json")));

    private readonly Lazy<ActorLoadResult> _actors = new(() => new ActorPackReader().ReadFile(SharedData.PathOf("labels/tagpacks/actors/graphsense.actorpack.yaml")));

    private readonly Lazy<(TagStore Store, TimeSpan Elapsed)> _store;

    public RealTagData() =>
        _store = new(() =>
        {
            var tags = TagLoadResult.Combine(Packs, Ofac, Darklist).Tags;
            var actors = Actors.Actors;
            var watch = Stopwatch.StartNew();
            var store = TagStore.Create(tags, actors);
            return (store, watch.Elapsed);
        });

    public TagLoadResult Packs => _packs.Value.Result;

    /// <summary>Wall time of the first (cold) load of all packs.</summary>
    public TimeSpan PacksLoadTime => _packs.Value.Elapsed;

    public TagLoadResult Ofac => _ofac.Value;

    public TagLoadResult Darklist => _darklist.Value;

    public ActorLoadResult Actors => _actors.Value;

    public TagStore Store => _store.Value.Store;

    /// <summary>Wall time to build <see cref="Store"/> from the loaded tags.</summary>
    public TimeSpan StoreBuildTime => _store.Value.Elapsed;
}

[CollectionDefinition(Name)]
public sealed class RealTagDataGroup : ICollectionFixture<RealTagData>
{
    public const string Name = "Real tag data";
}
