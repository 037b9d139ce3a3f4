namespace ChainTrace.Graph;

/// <summary>Looks up the label of an address (tags, cluster labels, an analyst's own list).</summary>
public interface IAddressLabels
{
    /// <summary>The label of <paramref name="address"/> (as stored in the dataset), if any.</summary>
    bool TryGetLabel(string address, out AddressLabel label);
}
