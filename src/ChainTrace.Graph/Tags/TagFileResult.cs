namespace ChainTrace.Graph.Tags;

/// <summary>What an interpreter read from one file.</summary>
/// <param name="Tags">The tags that loaded.</param>
/// <param name="Diagnostics">The file's diagnostics, ordered by line.</param>
/// <param name="Entries">Entries read, whether they loaded or not.</param>
/// <param name="Title">The file's title (TagPack title, list name).</param>
internal sealed record TagFileResult(List<AddressTag> Tags, List<TagDiagnostic> Diagnostics, int Entries, string Title);
