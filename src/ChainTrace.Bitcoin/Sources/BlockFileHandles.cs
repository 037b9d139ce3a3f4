using Microsoft.Win32.SafeHandles;

namespace ChainTrace.Bitcoin.Sources;

/// <summary>
/// A few open blk file handles, least recently used closed first: blocks are read mostly in file order with short
/// jumps back and forth at file boundaries, so a small cache keeps reopening rare and descriptors bounded.
/// </summary>
internal sealed class BlockFileHandles : IDisposable
{
    private const int Capacity = 4;

    private readonly IReadOnlyList<string> _paths;
    private readonly List<(int File, SafeFileHandle Handle)> _open = new(Capacity);

    public BlockFileHandles(IReadOnlyList<string> paths)
    {
        _paths = paths;
    }

    /// <summary>The handle of file <paramref name="fileIndex"/>, opened on first use.</summary>
    public SafeFileHandle Get(int fileIndex)
    {
        for (var i = 0; i < _open.Count; i++)
        {
            if (_open[i].File == fileIndex)
            {
                var hit = _open[i];
                _open.RemoveAt(i);
                _open.Add(hit);
                return hit.Handle;
            }
        }

        if (_open.Count == Capacity)
        {
            _open[0].Handle.Dispose();
            _open.RemoveAt(0);
        }

        var handle = FileReads.OpenRead(_paths[fileIndex]);
        _open.Add((fileIndex, handle));
        return handle;
    }

    public void Dispose()
    {
        foreach (var (_, handle) in _open)
        {
            handle.Dispose();
        }

        _open.Clear();
    }
}
