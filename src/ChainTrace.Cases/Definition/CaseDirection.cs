namespace ChainTrace.Cases;

/// <summary>Which way a case traces from its seeds (the case file's <c>direction</c>).</summary>
public enum CaseDirection
{
    /// <summary><c>forward</c>: where did the seeded funds go (towards exits).</summary>
    Forward = 1,

    /// <summary><c>backward</c>: where did the seeded funds come from (towards sources).</summary>
    Backward = 2,
}
