using System.Globalization;
using System.Text;

namespace ChainTrace.Core;

/// <summary>
/// Where a piece of chain data came from: any of a file path with a byte offset, a block height, a transaction, and
/// a free-form source (an RPC method, a URL without credentials). Unset members are omitted from <see cref="ToString"/>.
/// </summary>
/// <param name="File">The file the data was read from, or null.</param>
/// <param name="Offset">The byte offset in <paramref name="File"/> (or in the block), or null.</param>
/// <param name="Height">The block height, or null.</param>
/// <param name="Transaction">The transaction id as displayed by the chain, or null.</param>
/// <param name="Source">Any other description (RPC method and block, table and row), or null.</param>
public readonly record struct DataLocation(
    string? File = null,
    long? Offset = null,
    long? Height = null,
    string? Transaction = null,
    string? Source = null)
{
    /// <summary>True when nothing is known about the location.</summary>
    public bool IsEmpty => File is null && Offset is null && Height is null && Transaction is null && Source is null;

    /// <summary>Renders e.g. <c>file blk00001.dat, offset 1234, height 300</c>.</summary>
    public override string ToString()
    {
        var parts = new List<string>(5);
        if (File is not null)
        {
            parts.Add($"file {File}");
        }

        if (Offset is { } offset)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"offset {offset}"));
        }

        if (Height is { } height)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"height {height}"));
        }

        if (Transaction is not null)
        {
            parts.Add($"transaction {Transaction}");
        }

        if (Source is not null)
        {
            parts.Add(Source);
        }

        return new StringBuilder().AppendJoin(", ", parts).ToString();
    }
}
