namespace ChainTrace.Bitcoin.Utxo;

/// <summary>
/// Reference-counted address strings for the UTXO set: each live address is held once and dropped when its last
/// unspent output is spent, so memory follows the live address count, not the history. Id 0 means "no address".
/// </summary>
internal sealed class AddressInterner
{
    private readonly Dictionary<string, uint> _ids = new(StringComparer.Ordinal);
    private readonly Stack<uint> _free = new();
    private string?[] _byId = new string?[1024];
    private int[] _refs = new int[1024];
    private uint _next = 1;

    public int Count => _ids.Count;

    /// <summary>Approximate managed bytes held (strings, dictionary entries and arrays).</summary>
    public long EstimatedBytes
    {
        get
        {
            long strings = 0;
            foreach (var key in _ids.Keys)
            {
                strings += 24 + (2L * key.Length);
            }

            return strings + (_ids.Count * 28L) + (_byId.Length * 8L) + (_refs.Length * 4L);
        }
    }

    public uint Acquire(string? address)
    {
        if (address is null)
        {
            return 0;
        }

        if (!_ids.TryGetValue(address, out var id))
        {
            id = _free.Count > 0 ? _free.Pop() : _next++;
            if (id >= _byId.Length)
            {
                Array.Resize(ref _byId, _byId.Length * 2);
                Array.Resize(ref _refs, _refs.Length * 2);
            }

            _ids.Add(address, id);
            _byId[id] = address;
        }

        _refs[id]++;
        return id;
    }

    public string? Get(uint id) => id == 0 ? null : _byId[id];

    public void Release(uint id)
    {
        if (id == 0 || --_refs[id] > 0)
        {
            return;
        }

        _ids.Remove(_byId[id]!);
        _byId[id] = null;
        _free.Push(id);
    }
}
