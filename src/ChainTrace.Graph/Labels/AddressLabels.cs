namespace ChainTrace.Graph;

/// <summary>An in-memory <see cref="IAddressLabels"/>: a dictionary of labels, e.g. from a tag file or a test.</summary>
public sealed class AddressLabels : IAddressLabels
{
    private readonly Dictionary<string, AddressLabel> _labels;

    /// <summary>Creates the lookup; a later label for the same address replaces an earlier one.</summary>
    public AddressLabels(IEnumerable<KeyValuePair<string, AddressLabel>> labels)
    {
        ArgumentNullException.ThrowIfNull(labels);
        _labels = new Dictionary<string, AddressLabel>(StringComparer.Ordinal);
        foreach (var (address, label) in labels)
        {
            _labels[address] = label;
        }
    }

    /// <summary>No labels.</summary>
    public static AddressLabels None { get; } = new([]);

    /// <summary>Number of labelled addresses.</summary>
    public int Count => _labels.Count;

    /// <inheritdoc />
    public bool TryGetLabel(string address, out AddressLabel label) => _labels.TryGetValue(address, out label!);
}
