using System.Runtime.InteropServices;

namespace ChainTrace.Graph.Tags;

/// <summary>
/// An immutable lookup of address tags, merged from any number of sources (TagPacks, OFAC lists, the darklist, an
/// analyst's own tags). An address may carry several tags, also with conflicting categories: all are kept, and
/// <see cref="FindConflicts"/> lists the conflicts. Safe for concurrent readers.
/// </summary>
public sealed class TagStore
{
    private readonly AddressTag[] _all;
    private readonly Dictionary<string, AddressTag[]> _byAddress;
    private readonly Dictionary<string, TagActor> _actors;
    private readonly Lazy<Dictionary<string, List<int>>> _byConcept;
    private readonly Lazy<Dictionary<string, List<AddressTag>>> _byActor;

    private TagStore(AddressTag[] all, Dictionary<string, AddressTag[]> byAddress, Dictionary<string, TagActor> actors)
    {
        _all = all;
        _byAddress = byAddress;
        _actors = actors;
        _byConcept = new Lazy<Dictionary<string, List<int>>>(IndexConcepts);
        _byActor = new Lazy<Dictionary<string, List<AddressTag>>>(IndexActors);
    }

    /// <summary>A store without tags.</summary>
    public static TagStore Empty { get; } = Create([]);

    /// <summary>Number of tags.</summary>
    public int Count => _all.Length;

    /// <summary>Number of distinct addresses with at least one tag.</summary>
    public int AddressCount => _byAddress.Count;

    /// <summary>All tags, in load order.</summary>
    public IReadOnlyList<AddressTag> Tags => _all;

    /// <summary>The normalised concepts (categories, abuses, concepts) that tags carry.</summary>
    public IReadOnlyCollection<string> Concepts => _byConcept.Value.Keys;

    /// <summary>The actor ids that tags refer to (GraphSense actors such as binance), whether or not an ActorPack was given.</summary>
    public IReadOnlyCollection<string> Actors => _byActor.Value.Keys;

    /// <summary>The actors loaded from ActorPacks, by id.</summary>
    public IReadOnlyDictionary<string, TagActor> ActorDefinitions => _actors;

    /// <summary>Builds a store from tags of any sources, and optionally the actors they refer to.</summary>
    /// <param name="tags">The tags; their addresses are already normalised by the readers.</param>
    /// <param name="actors">Actors from ActorPacks; a later actor with the same id replaces an earlier one.</param>
    /// <exception cref="ArgumentNullException"><paramref name="tags"/> is null or holds null.</exception>
    public static TagStore Create(IEnumerable<AddressTag> tags, IEnumerable<TagActor>? actors = null)
    {
        ArgumentNullException.ThrowIfNull(tags);
        var all = tags.ToArray();
        var byAddress = new Dictionary<string, AddressTag[]>(all.Length, StringComparer.Ordinal);
        foreach (var tag in all)
        {
            ArgumentNullException.ThrowIfNull(tag, nameof(tags));
            ref var slot = ref CollectionsMarshal.GetValueRefOrAddDefault(byAddress, tag.Address, out _);
            slot = slot is null ? [tag] : [.. slot, tag];
        }

        var actorMap = new Dictionary<string, TagActor>(StringComparer.Ordinal);
        foreach (var actor in actors ?? [])
        {
            actorMap[actor.Id] = actor;
        }

        return new TagStore(all, byAddress, actorMap);
    }

    /// <summary>Builds a store from load results (e.g. TagPacks, OFAC lists and the darklist together).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="results"/> is null.</exception>
    public static TagStore Create(params IEnumerable<TagLoadResult> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        return Create(results.SelectMany(r => r.Tags));
    }

    /// <summary>
    /// The tags of an address. The query is normalised like the stored addresses (trimmed; 0x hex and upper-case
    /// bech32 lower-cased), so an EIP-55 checksummed or upper-case query finds its tags.
    /// </summary>
    /// <param name="address">The address.</param>
    /// <param name="tags">Its tags, in load order; empty when false.</param>
    /// <returns>True when the address has tags.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="address"/> is null.</exception>
    public bool TryGetTags(string address, out IReadOnlyList<AddressTag> tags)
    {
        ArgumentNullException.ThrowIfNull(address);
        if (_byAddress.TryGetValue(address, out var found) || _byAddress.TryGetValue(AddressSyntax.LookupKey(address), out found))
        {
            tags = found;
            return true;
        }

        tags = [];
        return false;
    }

    /// <summary>The tags of an address (see <see cref="TryGetTags"/>); empty when it has none.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="address"/> is null.</exception>
    public IReadOnlyList<AddressTag> GetTags(string address) => TryGetTags(address, out var tags) ? tags : [];

    /// <summary>
    /// The tag to show for an address: highest confidence level first (unknown lowest), then cluster definers, then
    /// load order; null when the address has no tags.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="address"/> is null.</exception>
    public AddressTag? BestTag(string address)
    {
        AddressTag? best = null;
        foreach (var tag in GetTags(address))
        {
            if (best is null || Rank(tag) > Rank(best))
            {
                best = tag;
            }
        }

        return best;

        // Level first (unknown lowest), a cluster definer before a tag that is not.
        static int Rank(AddressTag tag) => ((tag.ConfidenceLevel ?? -1) * 2) + (tag.IsClusterDefiner ? 1 : 0);
    }

    /// <summary>
    /// The tags whose category, abuse or concepts is <paramref name="concept"/> or narrower (synonyms normalised by
    /// <see cref="TagCategories.Normalize"/>; "defi" also gives defi_dex tags), in load order.
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="concept"/> is null or blank.</exception>
    public IReadOnlyList<AddressTag> TagsInCategory(string concept)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(concept);
        var wanted = TagCategories.Normalize(concept)!;
        var index = _byConcept.Value;
        var keys = index.Keys.Where(k => TagCategories.IsWithin(k, wanted)).ToList();
        IEnumerable<int> positions = keys.Count == 1 ? index[keys[0]] : keys.SelectMany(k => index[k]).Distinct().Order();
        return [.. positions.Select(i => _all[i])];
    }

    /// <summary>The tags attributed to a GraphSense actor id; empty when none.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="actor"/> is null.</exception>
    public IReadOnlyList<AddressTag> TagsOfActor(string actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return _byActor.Value.TryGetValue(actor, out var tags) ? tags : [];
    }

    /// <summary>The ActorPack definition of an actor id, when actors were given.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    public bool TryGetActor(string id, out TagActor actor)
    {
        ArgumentNullException.ThrowIfNull(id);
        return _actors.TryGetValue(id, out actor!);
    }

    /// <summary>The addresses whose tags name conflicting entity categories (see <see cref="TagConflict"/>), by address.</summary>
    public IReadOnlyList<TagConflict> FindConflicts()
    {
        var conflicts = new List<TagConflict>();
        foreach (var (address, tags) in _byAddress)
        {
            if (tags.Length < 2)
            {
                continue;
            }

            var categories = tags.Select(t => TagCategories.Normalize(t.Category)).OfType<string>().Distinct().ToList();
            categories.RemoveAll(c => categories.Any(other => other != c && TagCategories.IsWithin(other, c)));
            if (categories.Count > 1)
            {
                conflicts.Add(new TagConflict(address, [.. categories.Order(StringComparer.Ordinal)], tags));
            }
        }

        conflicts.Sort((a, b) => string.CompareOrdinal(a.Address, b.Address));
        return conflicts;
    }

    private Dictionary<string, List<int>> IndexConcepts()
    {
        var index = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < _all.Length; i++)
        {
            foreach (var concept in TagCategories.ConceptsOf(_all[i]))
            {
                ref var list = ref CollectionsMarshal.GetValueRefOrAddDefault(index, concept, out _);
                (list ??= []).Add(i);
            }
        }

        return index;
    }

    private Dictionary<string, List<AddressTag>> IndexActors()
    {
        var index = new Dictionary<string, List<AddressTag>>(StringComparer.Ordinal);
        foreach (var tag in _all)
        {
            if (tag.Actor is { } actor)
            {
                ref var list = ref CollectionsMarshal.GetValueRefOrAddDefault(index, actor, out _);
                (list ??= []).Add(tag);
            }
        }

        return index;
    }
}
