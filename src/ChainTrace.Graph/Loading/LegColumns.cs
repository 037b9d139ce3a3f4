using ChainTrace.Core;

namespace ChainTrace.Graph.Loading;

/// <summary>Growable columns for legs and transactions while a loader reads rows in order.</summary>
internal sealed class LegColumns
{
    private readonly Dictionary<string, int> _addressIds = new(StringComparer.Ordinal);

    public List<string> Addresses { get; } = [];

    public List<int> Address { get; } = [];

    public List<UInt128> Value { get; } = [];

    public List<int> Source { get; } = [];

    public int Intern(string address)
    {
        if (!_addressIds.TryGetValue(address, out var id))
        {
            id = Addresses.Count;
            Addresses.Add(address);
            _addressIds[address] = id;
        }

        return id;
    }

    public static Hash256 ParseHash(string text, bool reversed, string table, long block)
    {
        var span = text.AsSpan();
        if (!reversed && span.StartsWith("0x", StringComparison.Ordinal))
        {
            span = span[2..];
        }

        return Hash256.TryParse(span, reversed, out var hash)
            ? hash
            : throw new ChainDataException($"{table}: hash '{text}' at block {block} is not 64 hex digits.");
    }
}
