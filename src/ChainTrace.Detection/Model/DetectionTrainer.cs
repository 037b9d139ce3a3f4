namespace ChainTrace.Detection;

/// <summary>The gradient-boosted tree learner behind a <see cref="DetectionModel"/>.</summary>
public enum DetectionTrainer
{
    /// <summary>ML.NET's LightGBM binary trainer.</summary>
    LightGbm = 0,

    /// <summary>ML.NET's FastTree (MART) binary trainer.</summary>
    FastTree = 1,
}
