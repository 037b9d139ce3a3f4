using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using ChainTrace.Detection;
using ChainTrace.Graph;

namespace ChainTrace.Benchmarks;

/// <summary>
/// Detection at scale on a seeded synthetic account graph (<see cref="DetectionSyntheticGraph"/>, three transfers per
/// address): address feature extraction plus model scoring of every address (the issue's "1 M addresses in under a
/// minute"), each stage alone, and training on 20,000 labelled rows. Whole runs, so the Monitoring strategy.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 3)]
public class DetectionBenchmarks
{
    private FlowGraph _graph = null!;
    private FeatureMatrix _features = null!;
    private DetectionModel _model = null!;
    private List<int> _rows = [];
    private List<bool> _labels = [];

    /// <summary>Addresses in the graph (transfers = 3 × addresses).</summary>
    [Params(1_000_000)]
    public int Addresses { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _graph = DetectionSyntheticGraph.Build(Addresses, 3 * Addresses, seed: 1);
        _features = AddressFeatureExtractor.Extract(_graph);
        var step = Math.Max(1, Addresses / 20_000);
        _rows = Enumerable.Range(0, Addresses / step).Select(i => i * step).ToList();
        var passThrough = _features.Column(AddressFeatureNames.PassThroughRatio);
        var senders = _features.Column(AddressFeatureNames.InCounterparties);
        _labels = _rows.Select(r => _features[r, senders] >= 4 && _features[r, passThrough] > 0.5f).ToList();
        _model = DetectionModelTrainer.Train(_features, _rows, _labels);
    }

    /// <summary>Features of every address, then the model's score for every address.</summary>
    [Benchmark]
    public int FeaturesAndScore()
    {
        var features = AddressFeatureExtractor.Extract(_graph);
        var scores = _model.Score(features);
        return scores.Count(s => s >= _model.Threshold);
    }

    /// <summary>Feature extraction alone.</summary>
    [Benchmark]
    public int Features() => AddressFeatureExtractor.Extract(_graph).RowCount;

    /// <summary>Scoring alone (precomputed features).</summary>
    [Benchmark]
    public int Score() => _model.Score(_features).Length;

    /// <summary>Training on 20,000 labelled rows with the default options (300 trees, single thread).</summary>
    [Benchmark]
    public int Train() => DetectionModelTrainer.Train(_features, _rows, _labels).TrainingRows;
}
