namespace ChainTrace.Graph;

/// <summary>The interned addresses of a <see cref="FlowGraph"/>: dense ids 0…Count-1 and their text as stored in the dataset.</summary>
public sealed class AddressTable
{
    private readonly string[] _names;
    private readonly Lazy<Dictionary<string, int>> _ids;

    internal AddressTable(string[] names)
    {
        _names = names;
        _ids = new Lazy<Dictionary<string, int>>(() =>
        {
            var ids = new Dictionary<string, int>(names.Length, StringComparer.Ordinal);
            for (var i = 0; i < names.Length; i++)
            {
                ids[names[i]] = i;
            }

            return ids;
        });
    }

    /// <summary>Number of addresses.</summary>
    public int Count => _names.Length;

    /// <summary>The text of address <paramref name="id"/>.</summary>
    public string this[int id] => _names[id];

    /// <summary>Finds the id of <paramref name="address"/> (exact text as stored: Ethereum lowercase, Bitcoin as encoded).</summary>
    public bool TryGetId(string address, out int id)
    {
        ArgumentNullException.ThrowIfNull(address);
        return _ids.Value.TryGetValue(address, out id);
    }
}
