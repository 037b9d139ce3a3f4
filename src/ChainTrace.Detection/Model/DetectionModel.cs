using System.IO.Compression;
using System.Text.Json;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Calibrators;
using Microsoft.ML.Trainers;
using Microsoft.ML.Trainers.FastTree;
using Microsoft.ML.Trainers.LightGbm;

namespace ChainTrace.Detection;

/// <summary>
/// A trained, calibrated detection model: scores feature rows with the probability of the positive class, explains a
/// score by its top contributing features, and saves to / loads from one zip file. Thread-safe for scoring.
/// </summary>
/// <remarks>
/// The file is a zip holding <c>detection-model.json</c> (format version, feature names in column order, threshold,
/// trainer, seed, training rows and time) and <c>mlnet-model.zip</c> (the ML.NET transformer).
/// </remarks>
public sealed class DetectionModel
{
    private const int FormatVersion = 1;
    private const string ManifestEntry = "detection-model.json";
    private const string ModelEntry = "mlnet-model.zip";
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true };

    private readonly MLContext _context;
    private readonly ITransformer _transformer;
    private readonly DataViewSchema _inputSchema;
    private readonly Lock _explainLock = new();
    private ITransformer? _explainer;

    internal DetectionModel(
        MLContext context,
        ITransformer transformer,
        DataViewSchema inputSchema,
        IReadOnlyList<string> features,
        float threshold,
        DetectionTrainer trainer,
        int seed,
        int trainingRows,
        TimeSpan trainingTime)
    {
        _context = context;
        _transformer = transformer;
        _inputSchema = inputSchema;
        FeatureNames = features.ToArray();
        Threshold = threshold;
        Trainer = trainer;
        Seed = seed;
        TrainingRows = trainingRows;
        TrainingTime = trainingTime;
    }

    /// <summary>The features the model reads, in order; scoring selects them from a matrix by name.</summary>
    public IReadOnlyList<string> FeatureNames { get; }

    /// <summary>Score at or above which a subject counts as positive.</summary>
    public float Threshold { get; }

    /// <summary>The learner that built the model.</summary>
    public DetectionTrainer Trainer { get; }

    /// <summary>The seed it was trained with.</summary>
    public int Seed { get; }

    /// <summary>Number of training rows.</summary>
    public int TrainingRows { get; }

    /// <summary>Wall-clock training time (ML.NET fit, calibration included).</summary>
    public TimeSpan TrainingTime { get; }

    /// <summary>Calibrated probabilities of the positive class, one per row (all rows, or <paramref name="rows"/> in order).</summary>
    /// <param name="features">A matrix holding (at least) the model's features, by name.</param>
    /// <param name="rows">The rows to score; null for all.</param>
    /// <exception cref="KeyNotFoundException">The matrix lacks a feature the model needs.</exception>
    public float[] Score(FeatureMatrix features, IReadOnlyList<int>? rows = null)
    {
        var view = View(features, rows);
        var scored = _transformer.Transform(view);
        var column = scored.Schema["Probability"];
        var result = new float[view.GetRowCount() ?? 0];
        using var cursor = scored.GetRowCursor([column]);
        var getter = cursor.GetGetter<float>(column);
        var i = 0;
        float value = 0;
        while (cursor.MoveNext())
        {
            getter(ref value);
            result[i++] = value;
        }

        return result;
    }

    /// <summary>
    /// The <paramref name="top"/> features that raised each row's score most (positive contributions only, largest
    /// first), with the row's feature values.
    /// </summary>
    /// <param name="features">A matrix holding the model's features, by name.</param>
    /// <param name="rows">The rows to explain.</param>
    /// <param name="top">How many features per row; at least 1.</param>
    /// <exception cref="KeyNotFoundException">The matrix lacks a feature the model needs.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="top"/> is below 1.</exception>
    public IReadOnlyList<IReadOnlyList<FeatureContribution>> Explain(FeatureMatrix features, IReadOnlyList<int> rows, int top = 5)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentOutOfRangeException.ThrowIfLessThan(top, 1);
        var aligned = Align(features);
        var view = new FeatureMatrixDataView(aligned, rows, null);
        var explained = Explainer(view).Transform(view);
        var column = explained.Schema["FeatureContributions"];
        var result = new List<IReadOnlyList<FeatureContribution>>(rows.Count);
        using var cursor = explained.GetRowCursor([column]);
        var getter = cursor.GetGetter<VBuffer<float>>(column);
        VBuffer<float> buffer = default;
        var i = 0;
        while (cursor.MoveNext())
        {
            getter(ref buffer);
            var values = aligned.Row(rows[i++]);
            var list = new List<FeatureContribution>();
            foreach (var (index, contribution) in buffer.Items())
            {
                if (contribution > 0)
                {
                    list.Add(new FeatureContribution(FeatureNames[index], values[index], contribution));
                }
            }

            result.Add(list.OrderByDescending(c => c.Contribution).ThenBy(c => c.Feature, StringComparer.Ordinal).Take(top).ToList());
        }

        return result;
    }

    /// <summary>Saves the model to <paramref name="path"/> (replaced when it exists).</summary>
    /// <exception cref="IOException">The file cannot be written.</exception>
    public void Save(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        using var file = File.Create(path);
        Save(file);
    }

    /// <summary>Writes the model as a zip to <paramref name="stream"/>.</summary>
    public void Save(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true);
        var manifest = new ModelManifest(FormatVersion, FeatureNames, Threshold, Trainer, Seed, TrainingRows, TrainingTime.TotalSeconds);
        using (var entry = zip.CreateEntry(ManifestEntry).Open())
        {
            JsonSerializer.Serialize(entry, manifest, Json);
        }

        using var buffer = new MemoryStream();
        _context.Model.Save(_transformer, _inputSchema, buffer);
        using var model = zip.CreateEntry(ModelEntry, CompressionLevel.NoCompression).Open();
        buffer.Position = 0;
        buffer.CopyTo(model);
    }

    /// <summary>Loads a model saved by <see cref="Save(string)"/>.</summary>
    /// <exception cref="FileNotFoundException">No such file.</exception>
    /// <exception cref="InvalidDataException">The file is not a detection model of a supported format (the message names it).</exception>
    public static DetectionModel Load(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"The model file {path} does not exist.", path);
        }

        using var file = File.OpenRead(path);
        try
        {
            return Load(file);
        }
        catch (InvalidDataException e)
        {
            throw new InvalidDataException($"{path}: {e.Message}", e);
        }
    }

    /// <summary>Loads a model from a stream written by <see cref="Save(Stream)"/>.</summary>
    /// <exception cref="InvalidDataException">The stream is not a detection model of a supported format.</exception>
    public static DetectionModel Load(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ModelManifest manifest;
        using var buffer = new MemoryStream();
        try
        {
            using var zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
            var manifestEntry = zip.GetEntry(ManifestEntry) ?? throw new InvalidDataException($"The zip has no {ManifestEntry}; it is not a ChainTrace detection model.");
            var modelEntry = zip.GetEntry(ModelEntry) ?? throw new InvalidDataException($"The zip has no {ModelEntry}; it is not a ChainTrace detection model.");
            using (var json = manifestEntry.Open())
            {
                manifest = JsonSerializer.Deserialize<ModelManifest>(json)
                    ?? throw new InvalidDataException($"{ManifestEntry} is empty.");
            }

            using var model = modelEntry.Open();
            model.CopyTo(buffer);
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{ManifestEntry} is not valid JSON: {e.Message}", e);
        }

        if (manifest.FormatVersion != FormatVersion || manifest.Features is null || manifest.Features.Count == 0)
        {
            throw new InvalidDataException($"The model format version {manifest.FormatVersion} is not supported (this build reads {FormatVersion}).");
        }

        var context = new MLContext(manifest.Seed);
        buffer.Position = 0;
        var transformer = context.Model.Load(buffer, out var schema);
        return new DetectionModel(
            context, transformer, schema, manifest.Features, manifest.Threshold, manifest.Trainer, manifest.Seed, manifest.TrainingRows,
            TimeSpan.FromSeconds(manifest.TrainingSeconds));
    }

    private FeatureMatrixDataView View(FeatureMatrix features, IReadOnlyList<int>? rows)
    {
        var aligned = Align(features);
        return new FeatureMatrixDataView(aligned, rows ?? new RowRange(aligned.RowCount), null);
    }

    private FeatureMatrix Align(FeatureMatrix features)
    {
        ArgumentNullException.ThrowIfNull(features);
        return features.Names.SequenceEqual(FeatureNames, StringComparer.Ordinal) ? features : features.SelectColumns(FeatureNames);
    }

    private ITransformer Explainer(IDataView sample)
    {
        lock (_explainLock)
        {
            if (_explainer is null)
            {
                var count = FeatureNames.Count;
                var transforms = _context.Transforms;
                var estimator = _transformer switch
                {
                    ISingleFeaturePredictionTransformer<CalibratedModelParametersBase<LightGbmBinaryModelParameters, PlattCalibrator>> lightGbm =>
                        transforms.CalculateFeatureContribution(lightGbm, count, 0, normalize: false),
                    ISingleFeaturePredictionTransformer<CalibratedModelParametersBase<FastTreeBinaryModelParameters, PlattCalibrator>> fastTree =>
                        transforms.CalculateFeatureContribution(fastTree, count, 0, normalize: false),
                    ISingleFeaturePredictionTransformer<ICalculateFeatureContribution> plain =>
                        transforms.CalculateFeatureContribution(plain, count, 0, normalize: false),
                    _ => throw new InvalidOperationException($"The model's learner ({_transformer.GetType().Name}) does not report feature contributions."),
                };
                _explainer = estimator.Fit(sample);
            }

            return _explainer;
        }
    }
}
