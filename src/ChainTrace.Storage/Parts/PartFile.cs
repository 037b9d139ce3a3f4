namespace ChainTrace.Storage;

/// <summary>A block-range part file found on disk.</summary>
/// <param name="Path">Full path.</param>
/// <param name="FirstBlock">First block the part covers.</param>
/// <param name="LastBlock">Last block the part covers.</param>
internal sealed record PartFile(string Path, long FirstBlock, long LastBlock)
{
    /// <summary>The part files directly in <paramref name="tableDirectory"/>, ordered by range; none when it is absent.</summary>
    public static IReadOnlyList<PartFile> List(string tableDirectory)
    {
        if (!Directory.Exists(tableDirectory))
        {
            return [];
        }

        var parts = new List<PartFile>();
        foreach (var path in Directory.EnumerateFiles(tableDirectory, "part-*" + PartFileName.Extension))
        {
            if (PartFileName.TryParse(System.IO.Path.GetFileName(path), out var first, out var last))
            {
                parts.Add(new PartFile(path, first, last));
            }
        }

        parts.Sort((a, b) => a.FirstBlock != b.FirstBlock
            ? a.FirstBlock.CompareTo(b.FirstBlock)
            : a.LastBlock.CompareTo(b.LastBlock));
        return parts;
    }
}
