using ChainTrace.Core;

namespace ChainTrace.Storage;

/// <summary>Looks up the chain tables of a dataset.</summary>
public static class ChainTables
{
    /// <summary>The block-partitioned tables of <paramref name="chain"/> in contract order.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Unknown chain kind.</exception>
    public static IReadOnlyList<TableSchema> For(ChainKind chain) => chain switch
    {
        ChainKind.Bitcoin => BitcoinTables.All,
        ChainKind.Ethereum => EthereumTables.All,
        _ => throw new ArgumentOutOfRangeException(nameof(chain), chain, "Unknown chain kind."),
    };

    /// <summary>The chain table of <paramref name="chain"/> named <paramref name="name"/>, or null.</summary>
    public static TableSchema? Find(ChainKind chain, string name)
    {
        foreach (var table in For(chain))
        {
            if (string.Equals(table.Name, name, StringComparison.Ordinal))
            {
                return table;
            }
        }

        return null;
    }
}
