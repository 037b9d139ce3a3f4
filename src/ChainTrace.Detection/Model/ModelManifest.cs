namespace ChainTrace.Detection;

/// <summary>The JSON entry of a saved <see cref="DetectionModel"/>: what the ML.NET model expects and how it was trained.</summary>
internal sealed record ModelManifest(
    int FormatVersion,
    IReadOnlyList<string> Features,
    float Threshold,
    DetectionTrainer Trainer,
    int Seed,
    int TrainingRows,
    double TrainingSeconds);
