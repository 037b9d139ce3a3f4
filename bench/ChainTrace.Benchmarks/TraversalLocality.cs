namespace ChainTrace.Benchmarks;

/// <summary>How the synthetic traversal graph picks the coins it spends and the addresses it reuses (see <see cref="TraversalGraph"/>).</summary>
public enum TraversalLocality
{
    /// <summary>Mostly recent coins and addresses, some popular old addresses: time locality as on the real chain.</summary>
    Recent,

    /// <summary>Uniformly random coins and addresses: no locality, the worst case.</summary>
    Uniform,
}
