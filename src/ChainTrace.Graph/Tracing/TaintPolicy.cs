namespace ChainTrace.Graph.Tracing;

/// <summary>
/// How taint passes through a transaction (UTXO chains) or an address's balance (account chains). Every policy
/// conserves taint: what enters a transaction leaves it through outputs or the fee.
/// </summary>
public enum TaintPolicy
{
    /// <summary>Any taint in makes everything out fully tainted (upper bound; grows quickly).</summary>
    Poison,

    /// <summary>
    /// Proportional: each output (or outgoing transfer) carries the tainted share of the inputs (or of the balance),
    /// rounded to whole base units by largest remainder so the total is exact.
    /// </summary>
    Haircut,

    /// <summary>
    /// First in, first out: UTXO inputs in their order are laid end to end and fund the outputs in order, the fee last;
    /// on account chains the oldest received value leaves first.
    /// </summary>
    Fifo,

    /// <summary>
    /// Last in, first out: UTXO inputs in reverse order fund the outputs in order, the fee last; on account chains the
    /// most recently received value leaves first.
    /// </summary>
    Lifo,

    /// <summary>
    /// Taint in, highest out (Tironsakkul et al.): tainted value goes to the highest-value outputs first, the rest to
    /// the fee; on account chains tainted value leaves before clean value.
    /// </summary>
    Tiho,
}
