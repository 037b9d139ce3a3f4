namespace ChainTrace.Graph.Tags;

/// <summary>One darklist object as read, before checks.</summary>
internal sealed class DarklistEntry
{
    public string? Address { get; set; }

    public int AddressLine { get; set; }

    public string Comment { get; set; } = string.Empty;

    public string? Date { get; set; }

    public int DateLine { get; set; }
}
