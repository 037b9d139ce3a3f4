namespace ChainTrace.Graph.Tags;

/// <summary>
/// An address whose tags name different entity categories that are not refinements of each other (e.g. exchange in
/// one list and mixing_service in another; exchange and service is not a conflict). All tags are kept; this is for
/// the investigator to see.
/// </summary>
/// <param name="Address">The address as stored.</param>
/// <param name="Categories">The conflicting normalised categories, sorted.</param>
/// <param name="Tags">All tags of the address.</param>
public sealed record TagConflict(string Address, IReadOnlyList<string> Categories, IReadOnlyList<AddressTag> Tags);
