using System.Collections;

namespace ChainTrace.Detection;

/// <summary>The rows 0…Count-1 as a read-only list, without allocating them.</summary>
internal sealed class RowRange(int count) : IReadOnlyList<int>
{
    public int Count { get; } = count;

    public int this[int index] => (uint)index < (uint)Count ? index : throw new ArgumentOutOfRangeException(nameof(index));

    public IEnumerator<int> GetEnumerator()
    {
        for (var i = 0; i < Count; i++)
        {
            yield return i;
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
