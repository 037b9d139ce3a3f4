using System.Diagnostics;
using ChainTrace.Core;
using ChainTrace.Storage;

namespace ChainTrace.Graph.Loading;

/// <summary>Loads a <see cref="FlowGraph"/> from a dataset (whole, or a block or time range) through DuckDB.</summary>
public static class FlowGraphLoader
{
    /// <summary>Loads the graph of the dataset at <paramref name="datasetPath"/>.</summary>
    /// <param name="datasetPath">The dataset folder.</param>
    /// <param name="options">The range to load; default everything.</param>
    /// <param name="cancellationToken">Cancels the load between batches of rows.</param>
    /// <exception cref="FileNotFoundException">No dataset there.</exception>
    /// <exception cref="ChainDataException">A stored value is not what the contract says (the message names the table and row).</exception>
    /// <exception cref="DatasetQueryException">DuckDB failed to read the dataset.</exception>
    public static FlowGraphLoad Load(string datasetPath, FlowGraphLoadOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(datasetPath);
        options ??= new FlowGraphLoadOptions();
        options.Validate();
        var clock = Stopwatch.StartNew();
        using var query = DatasetQuery.Open(datasetPath);
        var graph = query.Manifest.Chain == ChainKind.Bitcoin
            ? BitcoinGraphReader.Read(query, options, cancellationToken)
            : EthereumGraphReader.Read(query, options, cancellationToken);
        return new FlowGraphLoad(graph, clock.Elapsed, query.Manifest.Checkpoint?.LastBlock, query.Manifest.Checkpoint?.LastBlockHash);
    }
}
