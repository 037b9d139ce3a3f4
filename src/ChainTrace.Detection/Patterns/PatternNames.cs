namespace ChainTrace.Detection;

/// <summary>The names of the laundering patterns, as they appear in flags and the <c>flags</c> table.</summary>
public static class PatternNames
{
    /// <summary>A peeling chain: a coin repeatedly split into a small payment and a large remainder that is split again.</summary>
    public const string PeelingChain = "peeling_chain";

    /// <summary>Structuring: one source splits value into many payments just below a reporting threshold.</summary>
    public const string Structuring = "structuring";

    /// <summary>Fan-in aggregation: many distinct senders pay one address within a short window.</summary>
    public const string FanIn = "fan_in";

    /// <summary>Rapid pass-through (layering): nearly all value received is forwarded within a short time.</summary>
    public const string RapidPassThrough = "rapid_pass_through";

    /// <summary>CoinJoin participation: the address spends into a transaction recognised as a CoinJoin round.</summary>
    public const string CoinJoinParticipation = "coinjoin_participation";

    /// <summary>Mixer participation: the address pays or is paid by an address known to belong to a mixer.</summary>
    public const string MixerParticipation = "mixer_participation";

    /// <summary>Round-tripping: value sent by an address comes back to it within a few hops.</summary>
    public const string RoundTripping = "round_tripping";
}
