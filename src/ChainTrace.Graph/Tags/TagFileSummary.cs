namespace ChainTrace.Graph.Tags;

/// <summary>What one file contributed to a <see cref="TagLoadResult"/>.</summary>
/// <param name="File">The file's path as the reader was given it.</param>
/// <param name="Kind">The kind of list.</param>
/// <param name="Title">The TagPack title or list name.</param>
/// <param name="Entries">Entries read from the file, whether they loaded or not.</param>
/// <param name="Tags">Tags that loaded (entries minus the dropped ones).</param>
/// <param name="UsedYamlDotNet">
/// True when the file was read with YamlDotNet because it leaves the fast reader's YAML subset (anchors, block
/// scalars, …); false for the fast reader and for non-YAML lists.
/// </param>
public sealed record TagFileSummary(string File, TagSourceKind Kind, string Title, int Entries, int Tags, bool UsedYamlDotNet = false);
