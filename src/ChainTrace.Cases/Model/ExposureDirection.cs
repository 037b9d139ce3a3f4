namespace ChainTrace.Cases;

/// <summary>Which way value moved between the case and a category.</summary>
public enum ExposureDirection
{
    /// <summary>The case's funds went to the category (sending exposure).</summary>
    Outgoing = 1,

    /// <summary>The case's funds came from the category (receiving exposure).</summary>
    Incoming = 2,
}
