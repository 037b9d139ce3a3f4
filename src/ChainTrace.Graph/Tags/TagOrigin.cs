namespace ChainTrace.Graph.Tags;

/// <summary>Where a group of tags comes from: one file and its header. Shared by all tags of the file.</summary>
/// <param name="Kind">The kind of list.</param>
/// <param name="File">The file's path as the reader was given it.</param>
/// <param name="Title">The TagPack title, or the list's name (e.g. "OFAC SDN list (XBT)").</param>
/// <param name="Creator">Who made the list, when the file says.</param>
public sealed record TagOrigin(TagSourceKind Kind, string File, string Title, string? Creator = null);
