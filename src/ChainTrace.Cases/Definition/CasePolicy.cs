namespace ChainTrace.Cases;

/// <summary>How taint is attributed when tainted and clean value mix in a transaction (the case file's <c>policy</c>).</summary>
public enum CasePolicy
{
    /// <summary><c>poison</c>: every output of a transaction with any tainted input is fully tainted.</summary>
    Poison = 1,

    /// <summary><c>haircut</c>: each output carries the tainted share of the inputs, proportionally.</summary>
    Haircut = 2,

    /// <summary><c>fifo</c>: first in, first out: taint follows input order onto output order.</summary>
    Fifo = 3,

    /// <summary><c>lifo</c>: last in, first out.</summary>
    Lifo = 4,

    /// <summary><c>tiho</c>: taint in, highest out: tainted value goes to the largest outputs first.</summary>
    Tiho = 5,
}
