namespace ChainTrace.Ingest.Ethereum;

/// <summary>
/// The hashes of the last ingested blocks (committed and pending), contiguous by height, for the parent-hash check
/// and for finding a fork point without reading the dataset. Keeps at least <c>capacity</c> hashes.
/// </summary>
internal sealed class BlockHashHistory(int capacity)
{
    private readonly List<string> _hashes = [];
    private long _first;

    /// <summary>The height of the newest hash, or null when empty.</summary>
    public long? LastHeight => _hashes.Count == 0 ? null : _first + _hashes.Count - 1;

    /// <summary>The newest hash, or null when empty.</summary>
    public string? LastHash => _hashes.Count == 0 ? null : _hashes[^1];

    /// <summary>The lowest height still held, or null when empty.</summary>
    public long? FirstHeight => _hashes.Count == 0 ? null : _first;

    /// <summary>Appends the hash of the block after the newest (or restarts the history at <paramref name="height"/>).</summary>
    public void Push(long height, string hash)
    {
        if (_hashes.Count == 0 || height != _first + _hashes.Count)
        {
            _hashes.Clear();
            _first = height;
        }

        _hashes.Add(hash);
        if (_hashes.Count > 2 * capacity)
        {
            _hashes.RemoveRange(0, _hashes.Count - capacity);
            _first = LastHeight!.Value - capacity + 1;
        }
    }

    /// <summary>The hash at <paramref name="height"/>, or null when not held.</summary>
    public string? HashAt(long height) =>
        _hashes.Count > 0 && height >= _first && height < _first + _hashes.Count ? _hashes[(int)(height - _first)] : null;

    /// <summary>Forgets every hash above <paramref name="height"/>.</summary>
    public void TruncateAbove(long height)
    {
        if (_hashes.Count == 0)
        {
            return;
        }

        var keep = (int)Math.Clamp(height - _first + 1, 0, _hashes.Count);
        _hashes.RemoveRange(keep, _hashes.Count - keep);
    }
}
