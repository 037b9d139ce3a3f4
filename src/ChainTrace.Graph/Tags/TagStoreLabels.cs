namespace ChainTrace.Graph.Tags;

/// <summary>
/// A <see cref="TagStore"/> as the <see cref="IAddressLabels"/> tracing uses: each address's label is its
/// <see cref="TagStore.BestTag"/>, with the tag's normalised category, else its abuse (so a ransomware tag without a
/// category reads as "ransomware"), and the tag's list title as source.
/// </summary>
public sealed class TagStoreLabels : IAddressLabels
{
    private readonly TagStore _store;

    /// <summary>Wraps a store.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="store"/> is null.</exception>
    public TagStoreLabels(TagStore store)
    {
        ArgumentNullException.ThrowIfNull(store);
        _store = store;
    }

    /// <inheritdoc />
    public bool TryGetLabel(string address, out AddressLabel label)
    {
        ArgumentNullException.ThrowIfNull(address);
        if (_store.BestTag(address) is not { } tag)
        {
            label = null!;
            return false;
        }

        var category = TagCategories.Normalize(tag.Category) ?? TagCategories.Normalize(tag.Abuse) ?? string.Empty;
        label = new AddressLabel(tag.Label, category, tag.Origin.Title);
        return true;
    }
}
