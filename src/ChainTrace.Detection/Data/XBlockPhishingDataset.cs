using System.Buffers.Binary;
using System.Globalization;
using ChainTrace.Core;
using ChainTrace.Graph;

namespace ChainTrace.Detection;

/// <summary>
/// Loads the XBlock Ethereum phishing graph (Wu et al., T-EDGE; the split of the DSC180B study): 86,622 anonymised
/// accounts, 106,083 aggregated edges (<c>from, to, amount ETH, n_transactions, timestamp</c>) and 890 labelled
/// accounts (445 phishing, 445 normal) with the study's own <c>is_train</c>/<c>is_test</c> split.
/// </summary>
/// <remarks>
/// Each aggregated edge becomes one <see cref="FlowTransactionKind.EtherTransfer"/> node (input leg = <c>from</c>,
/// output leg = <c>to</c>, value in wei parsed exactly from the decimal text, the edge's timestamp). Nodes are added in
/// timestamp order (ties in file order); the edge carries no block number, so the block of a node is the rank of its
/// timestamp among the distinct timestamps. Account <c>N</c> is address id <c>N − 1</c>, named <c>xblock:N</c>; the hash of a node is the edge's row index (the
/// file's first column, big-endian in the first 8 bytes) followed by zeros and the ASCII tag <c>xblock</c> in the last bytes.
/// <see cref="LabelledGraph.TransferMultiplicity"/> holds <c>n_transactions</c> per node.
/// </remarks>
public static class XBlockPhishingDataset
{
    /// <summary>The edge file name.</summary>
    public const string EdgesFile = "xblock_edges.csv";

    /// <summary>The node file name (labels and split).</summary>
    public const string NodesFile = "xblock_nodes_train_test_split.csv";

    /// <summary>The address text of account <paramref name="node"/>.</summary>
    public static string AddressOf(int node) => string.Create(CultureInfo.InvariantCulture, $"xblock:{node}");

    /// <summary>Loads the graph and labels from <paramref name="directory"/> (the folder holding both CSV files).</summary>
    /// <exception cref="FileNotFoundException">A file is missing.</exception>
    /// <exception cref="ChainDataException">A line does not parse (the message names file and line).</exception>
    public static LabelledGraph Load(string directory)
    {
        ArgumentException.ThrowIfNullOrEmpty(directory);
        var nodesPath = Path.Combine(directory, NodesFile);
        var edgesPath = Path.Combine(directory, EdgesFile);
        if (!File.Exists(nodesPath))
        {
            throw new FileNotFoundException($"The XBlock node file {nodesPath} does not exist.", nodesPath);
        }

        if (!File.Exists(edgesPath))
        {
            throw new FileNotFoundException($"The XBlock edge file {edgesPath} does not exist.", edgesPath);
        }

        var nodes = ReadNodes(nodesPath);
        var maxNode = nodes.Count == 0 ? 0 : nodes.Max(n => n.Node);
        var edges = ReadEdges(edgesPath, ref maxNode);
        var builder = new FlowGraphBuilder(ChainKind.Ethereum, "mainnet");
        for (var node = 1; node <= maxNode; node++)
        {
            builder.Address(AddressOf(node));
        }

        edges.Sort((a, b) => a.Timestamp != b.Timestamp ? a.Timestamp.CompareTo(b.Timestamp) : a.Row.CompareTo(b.Row));
        var multiplicity = new int[edges.Count];
        var block = -1;
        var position = 0;
        long lastTime = long.MinValue;
        Span<byte> hash = stackalloc byte[Hash256.Size];
        for (var i = 0; i < edges.Count; i++)
        {
            var edge = edges[i];
            if (edge.Timestamp != lastTime)
            {
                block++;
                position = 0;
                lastTime = edge.Timestamp;
            }

            hash.Clear();
            BinaryPrimitives.WriteInt64BigEndian(hash, edge.Row);
            "xblock"u8.CopyTo(hash[24..]);
            builder.BeginTransaction(new Hash256(hash), FlowTransactionKind.EtherTransfer, block, position++, edge.Timestamp);
            builder.AddInput(edge.From - 1, edge.Wei);
            builder.AddOutput(edge.To - 1, edge.Wei);
            multiplicity[i] = edge.Count;
        }

        var labels = nodes
            .Where(n => n.Label is not null)
            .Select(n => new LabelledAddress(n.Node - 1, n.Label!.Value, n.Split))
            .ToList();
        return new LabelledGraph(builder.Build(), labels, multiplicity);
    }

    private static List<NodeRow> ReadNodes(string path)
    {
        var rows = new List<NodeRow>();
        var seen = new HashSet<int>();
        foreach (var (line, f) in CsvLines.Read(path, ",id,label,has_label,is_train,is_test"))
        {
            if (!int.TryParse(f[1], NumberStyles.None, CultureInfo.InvariantCulture, out var node) || node < 1)
            {
                throw CsvLines.Error(path, line, $"The node id '{f[1]}' is not a positive integer.");
            }

            if (!seen.Add(node))
            {
                throw CsvLines.Error(path, line, $"Node {node} appears twice.");
            }

            var hasLabel = ParseBool(path, line, f[3], "has_label");
            var train = ParseBool(path, line, f[4], "is_train");
            var test = ParseBool(path, line, f[5], "is_test");
            bool? label = null;
            if (hasLabel)
            {
                label = f[2] switch
                {
                    "1.0" or "1" => true,
                    "0.0" or "0" => false,
                    _ => throw CsvLines.Error(path, line, $"The label '{f[2]}' is not 0 or 1."),
                };
            }

            if (train && test)
            {
                throw CsvLines.Error(path, line, $"Node {node} is in both the train and the test split.");
            }

            rows.Add(new NodeRow(node, label, train ? DatasetSplit.Train : test ? DatasetSplit.Test : DatasetSplit.None));
        }

        return rows;
    }

    private static List<EdgeRow> ReadEdges(string path, ref int maxNode)
    {
        var edges = new List<EdgeRow>(110_000);
        var rows = new HashSet<int>();
        foreach (var (line, f) in CsvLines.Read(path, ",from,to,amount,n_transactions,timestamp"))
        {
            if (!int.TryParse(f[0], NumberStyles.None, CultureInfo.InvariantCulture, out var row))
            {
                throw CsvLines.Error(path, line, $"The row index '{f[0]}' is not a non-negative integer.");
            }

            if (!rows.Add(row))
            {
                throw CsvLines.Error(path, line, $"Row index {row} appears twice.");
            }

            if (!int.TryParse(f[1], NumberStyles.None, CultureInfo.InvariantCulture, out var from) || from < 1
                || !int.TryParse(f[2], NumberStyles.None, CultureInfo.InvariantCulture, out var to) || to < 1)
            {
                throw CsvLines.Error(path, line, $"The endpoints '{f[1]}', '{f[2]}' are not positive node ids.");
            }

            if (!DecimalAmount.TryParse(f[3], 18, out var wei))
            {
                throw CsvLines.Error(path, line, $"The amount '{f[3]}' is not a decimal ETH amount.");
            }

            if (!int.TryParse(f[4], NumberStyles.None, CultureInfo.InvariantCulture, out var count) || count < 1)
            {
                throw CsvLines.Error(path, line, $"n_transactions '{f[4]}' is not a positive integer.");
            }

            if (!long.TryParse(f[5], NumberStyles.None, CultureInfo.InvariantCulture, out var time))
            {
                throw CsvLines.Error(path, line, $"The timestamp '{f[5]}' is not Unix seconds.");
            }

            maxNode = Math.Max(maxNode, Math.Max(from, to));
            edges.Add(new EdgeRow(row, from, to, wei, count, time));
        }

        return edges;
    }

    private static bool ParseBool(string path, int line, string text, string column) => text switch
    {
        "True" => true,
        "False" => false,
        _ => throw CsvLines.Error(path, line, $"{column} '{text}' is not True or False."),
    };

    private readonly record struct NodeRow(int Node, bool? Label, DatasetSplit Split);

    private readonly record struct EdgeRow(int Row, int From, int To, UInt128 Wei, int Count, long Timestamp);
}
