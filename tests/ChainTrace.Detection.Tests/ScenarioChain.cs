using ChainTrace.Bitcoin.Sources;
using ChainTrace.Graph;
using ChainTrace.Graph.Loading;
using ChainTrace.Ingest.Bitcoin;
using ChainTrace.Scenarios.Bitcoin;
using ChainTrace.Scenarios.Bitcoin.AnswerKeys;

namespace ChainTrace.Detection.Tests;

/// <summary>One generated, ingested and loaded chain with its answer key.</summary>
public sealed class ScenarioChain
{
    private ScenarioChain(string dataset, FlowGraph graph, IReadOnlyList<AnswerKeyAddress> addresses, IReadOnlyList<AnswerKeyTransaction> transactions)
    {
        Dataset = dataset;
        Graph = graph;
        Addresses = addresses;
        Transactions = transactions;
    }

    public string Dataset { get; }

    public FlowGraph Graph { get; }

    public IReadOnlyList<AnswerKeyAddress> Addresses { get; }

    public IReadOnlyList<AnswerKeyTransaction> Transactions { get; }

    public static async Task<ScenarioChain> CreateAsync(string directory, long seed)
    {
        var summary = await new BitcoinScenarioGenerator(new BitcoinScenarioOptions
        {
            OutputDirectory = directory,
            Seed = seed,
            Transactions = 10_000,
            Victims = 100,
        }).GenerateAsync();
        var dataset = Path.Combine(directory, "dataset");
        await new BitcoinIngestor(new BlocksDirectorySource(summary.BlocksDirectory)).RunAsync(dataset);
        var graph = FlowGraphLoader.Load(dataset).Graph;
        return new ScenarioChain(
            dataset,
            graph,
            await AnswerKeyReader.ReadAddressesAsync(directory).ToListAsync(),
            await AnswerKeyReader.ReadTransactionsAsync(directory).ToListAsync());
    }

    /// <summary>The node of a txid.</summary>
    public int Node(string txid) => Graph.TransactionsOf(Core.Hash256.ParseReversed(txid)).Single();

    /// <summary>Ransom addresses (role ransom) as positives and ordinary users' addresses (entity type user) as negatives.</summary>
    public (List<int> Rows, List<bool> Labels) RansomVersusUsers()
    {
        var rows = new List<int>();
        var labels = new List<bool>();
        foreach (var a in Addresses)
        {
            var positive = a.Role == AddressRoles.Ransom;
            if ((positive || a.EntityType == EntityTypes.User) && Graph.Addresses.TryGetId(a.Address, out var id))
            {
                rows.Add(id);
                labels.Add(positive);
            }
        }

        return (rows, labels);
    }
}
