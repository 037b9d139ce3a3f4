namespace ChainTrace.Detection;

/// <summary>
/// The columns of <see cref="TransactionFeatureExtractor"/>, in order: the shape, values, round amounts, fee and timing
/// of each transaction node. Amounts in coins, durations in seconds.
/// </summary>
public static class TransactionFeatureNames
{
    /// <summary>Input legs.</summary>
    public const string Inputs = "inputs";

    /// <summary>Output legs.</summary>
    public const string Outputs = "outputs";

    /// <summary>Distinct input addresses.</summary>
    public const string InputAddresses = "input_addresses";

    /// <summary>Distinct output addresses.</summary>
    public const string OutputAddresses = "output_addresses";

    /// <summary>Sum of inputs, coins.</summary>
    public const string InputValue = "input_value";

    /// <summary>Sum of outputs, coins.</summary>
    public const string OutputValue = "output_value";

    /// <summary>Fee, coins: inputs − outputs on Bitcoin (0 for a coinbase); the fee node's value on Ethereum fee nodes, else 0.</summary>
    public const string Fee = "fee";

    /// <summary>Outputs with a round value (<see cref="RoundValues"/>).</summary>
    public const string RoundOutputs = "round_outputs";

    /// <summary>How many outputs share the most common output value.</summary>
    public const string EqualOutputs = "equal_outputs";

    /// <summary>Largest output's share of all output value (NaN without output value).</summary>
    public const string LargestOutputShare = "largest_output_share";

    /// <summary>Smallest output's share of all output value (NaN without output value).</summary>
    public const string SmallestOutputShare = "smallest_output_share";

    /// <summary>Outputs paying an input address of the same transaction (change to a reused address).</summary>
    public const string SelfOutputs = "self_outputs";

    /// <summary>Outputs paying an address for the first time in the graph.</summary>
    public const string FreshOutputs = "fresh_outputs";

    /// <summary>Mean age of the coins spent, seconds: time since the spent outputs were created (UTXO; NaN otherwise).</summary>
    public const string InputAgeMean = "input_age_mean";

    /// <summary>Youngest coin spent, seconds (UTXO; NaN otherwise).</summary>
    public const string InputAgeMin = "input_age_min";

    /// <summary>Block time, days since the Unix epoch.</summary>
    public const string Time = "time";

    /// <summary>All columns, in order.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        Inputs, Outputs, InputAddresses, OutputAddresses, InputValue, OutputValue, Fee, RoundOutputs, EqualOutputs,
        LargestOutputShare, SmallestOutputShare, SelfOutputs, FreshOutputs, InputAgeMean, InputAgeMin, Time,
    ];
}
