using System.Globalization;
using ChainTrace.Core;
using ChainTrace.Graph;

namespace ChainTrace.Detection;

/// <summary>
/// Loads the Etherscan-labelled phishing accounts with their real transaction lists (trans2vec / T-EDGE crawl,
/// <c>original_copy</c>): <c>phishing accounts/phishing-address.txt</c> lists 1,262 phishing addresses,
/// <c>phishing accounts/phishing/</c> holds their transaction lists, and <c>phishing/</c> holds 2,100 more lists whose
/// file name is the account (phishing when listed, otherwise not). Every list row is
/// <c>,TxHash,BlockHeight,TimeStamp,From,To,Value,ContractAddress,Input,isError</c>.
/// </summary>
/// <remarks>
/// The graph holds every distinct transaction of all lists (a transaction in two lists is added once) as an
/// <see cref="FlowTransactionKind.EtherTransfer"/> node: sender → recipient (the created contract when <c>To</c> is
/// NULL), value in wei parsed exactly. Failed transactions (<c>isError</c> = 1) moved no ether and are left out. Within
/// a block, nodes are ordered by hash (the lists carry no transaction index). Labelled addresses are the list owners:
/// positive when listed as phishing. There is no split; <see cref="LabelledAddress.Split"/> is
/// <see cref="DatasetSplit.None"/>.
/// </remarks>
public static class PhishingAccountsDataset
{
    private const string Header = ",TxHash,BlockHeight,TimeStamp,From,To,Value,ContractAddress,Input,isError";

    /// <summary>Loads the graph and labels from <paramref name="directory"/> (the <c>original_copy</c> folder).</summary>
    /// <exception cref="DirectoryNotFoundException">A folder of the layout is missing.</exception>
    /// <exception cref="FileNotFoundException">The address list is missing.</exception>
    /// <exception cref="ChainDataException">A line does not parse (the message names file and line).</exception>
    public static LabelledGraph Load(string directory)
    {
        ArgumentException.ThrowIfNullOrEmpty(directory);
        var accountsDir = Path.Combine(directory, "phishing accounts");
        var listPath = Path.Combine(accountsDir, "phishing-address.txt");
        if (!File.Exists(listPath))
        {
            throw new FileNotFoundException($"The phishing address list {listPath} does not exist.", listPath);
        }

        var phishing = File.ReadLines(listPath)
            .Select(l => l.Trim().ToLowerInvariant())
            .Where(l => l.Length > 0)
            .ToHashSet(StringComparer.Ordinal);
        var files = ListFiles(Path.Combine(accountsDir, "phishing")).Concat(ListFiles(Path.Combine(directory, "phishing"))).ToList();
        var owners = new SortedSet<string>(StringComparer.Ordinal);
        var rows = new Dictionary<Hash256, TxRow>();
        foreach (var file in files)
        {
            owners.Add(Path.GetFileNameWithoutExtension(file).ToLowerInvariant());
            foreach (var (line, f) in CsvLines.Read(file, Header))
            {
                var row = Parse(file, line, f);
                if (row is { } tx)
                {
                    rows.TryAdd(tx.Hash, tx);
                }
            }
        }

        var ordered = rows.Values.ToList();
        ordered.Sort((a, b) => a.Block != b.Block ? a.Block.CompareTo(b.Block) : a.Hash.CompareTo(b.Hash));
        var builder = new FlowGraphBuilder(ChainKind.Ethereum, "mainnet");
        foreach (var owner in owners)
        {
            builder.Address(owner);
        }

        var position = 0;
        var lastBlock = -1;
        foreach (var tx in ordered)
        {
            position = tx.Block == lastBlock ? position + 1 : 0;
            lastBlock = tx.Block;
            builder.BeginTransaction(tx.Hash, FlowTransactionKind.EtherTransfer, tx.Block, position, tx.Timestamp);
            builder.AddInput(builder.Address(tx.From), tx.Wei);
            builder.AddOutput(builder.Address(tx.To), tx.Wei);
        }

        var graph = builder.Build();
        var labels = new List<LabelledAddress>(owners.Count);
        foreach (var owner in owners)
        {
            graph.Addresses.TryGetId(owner, out var id);
            labels.Add(new LabelledAddress(id, phishing.Contains(owner), DatasetSplit.None));
        }

        return new LabelledGraph(graph, labels, null);
    }

    private static string[] ListFiles(string folder)
    {
        if (!Directory.Exists(folder))
        {
            throw new DirectoryNotFoundException($"The transaction list folder {folder} does not exist.");
        }

        var files = Directory.GetFiles(folder, "*.csv");
        Array.Sort(files, StringComparer.Ordinal);
        return files;
    }

    private static TxRow? Parse(string file, int line, string[] f)
    {
        if (f[9] == "1")
        {
            return null;
        }

        if (f[9] != "0")
        {
            throw CsvLines.Error(file, line, $"isError '{f[9]}' is not 0 or 1.");
        }

        if (!Hash256.TryParse(f[1], reversed: false, out var hash))
        {
            throw CsvLines.Error(file, line, $"TxHash '{f[1]}' is not a 32-byte hex hash.");
        }

        if (!int.TryParse(f[2], NumberStyles.None, CultureInfo.InvariantCulture, out var block)
            || !long.TryParse(f[3], NumberStyles.None, CultureInfo.InvariantCulture, out var time))
        {
            throw CsvLines.Error(file, line, $"BlockHeight '{f[2]}' or TimeStamp '{f[3]}' is not a non-negative integer.");
        }

        if (!DecimalAmount.TryParse(f[6], 18, out var wei))
        {
            throw CsvLines.Error(file, line, $"Value '{f[6]}' is not a decimal ETH amount.");
        }

        var from = f[4].ToLowerInvariant();
        var to = f[5] is "NULL" or "" ? f[7].ToLowerInvariant() : f[5].ToLowerInvariant();
        if (!IsAccount(from) || !IsAccount(to))
        {
            throw CsvLines.Error(file, line, $"From '{f[4]}' or To/ContractAddress '{f[5]}'/'{f[7]}' is not a 0x account.");
        }

        return new TxRow(hash, block, time, from, to, wei);
    }

    private static bool IsAccount(string text) => text.Length == 42 && text.StartsWith("0x", StringComparison.Ordinal);

    private readonly record struct TxRow(Hash256 Hash, int Block, long Timestamp, string From, string To, UInt128 Wei);
}
