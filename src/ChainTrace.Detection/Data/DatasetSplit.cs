namespace ChainTrace.Detection;

/// <summary>Which side of a train/test split a labelled address is on.</summary>
public enum DatasetSplit
{
    /// <summary>Not assigned to either side (the source gives no split).</summary>
    None = 0,

    /// <summary>Used to fit the model.</summary>
    Train = 1,

    /// <summary>Held out: used only to measure the model.</summary>
    Test = 2,
}
