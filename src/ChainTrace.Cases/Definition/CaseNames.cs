using ChainTrace.Core;

namespace ChainTrace.Cases;

/// <summary>
/// The spellings used in case files, <c>result.json</c> and the report for chains, policies and directions
/// (lower case: <c>bitcoin</c>, <c>haircut</c>, <c>forward</c>), and their parsing.
/// </summary>
public static class CaseNames
{
    /// <summary>The policy names a case file accepts, in documentation order.</summary>
    public static IReadOnlyList<string> PolicyNames { get; } = ["poison", "haircut", "fifo", "lifo", "tiho"];

    /// <summary><c>bitcoin</c> or <c>ethereum</c>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The chain is not defined.</exception>
    public static string Of(ChainKind chain) => chain switch
    {
        ChainKind.Bitcoin => "bitcoin",
        ChainKind.Ethereum => "ethereum",
        _ => throw new ArgumentOutOfRangeException(nameof(chain), chain, "Unknown chain."),
    };

    /// <summary><c>poison</c>, <c>haircut</c>, <c>fifo</c>, <c>lifo</c> or <c>tiho</c>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The policy is not defined.</exception>
    public static string Of(CasePolicy policy) => policy switch
    {
        CasePolicy.Poison => "poison",
        CasePolicy.Haircut => "haircut",
        CasePolicy.Fifo => "fifo",
        CasePolicy.Lifo => "lifo",
        CasePolicy.Tiho => "tiho",
        _ => throw new ArgumentOutOfRangeException(nameof(policy), policy, "Unknown policy."),
    };

    /// <summary><c>forward</c> or <c>backward</c>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The direction is not defined.</exception>
    public static string Of(CaseDirection direction) => direction switch
    {
        CaseDirection.Forward => "forward",
        CaseDirection.Backward => "backward",
        _ => throw new ArgumentOutOfRangeException(nameof(direction), direction, "Unknown direction."),
    };

    /// <summary>Parses a chain name (case-sensitive, lower case). Never throws.</summary>
    public static bool TryParseChain(string? text, out ChainKind chain)
    {
        (var ok, chain) = text switch
        {
            "bitcoin" => (true, ChainKind.Bitcoin),
            "ethereum" => (true, ChainKind.Ethereum),
            _ => (false, default),
        };
        return ok;
    }

    /// <summary>Parses a policy name (case-sensitive, lower case). Never throws.</summary>
    public static bool TryParsePolicy(string? text, out CasePolicy policy)
    {
        (var ok, policy) = text switch
        {
            "poison" => (true, CasePolicy.Poison),
            "haircut" => (true, CasePolicy.Haircut),
            "fifo" => (true, CasePolicy.Fifo),
            "lifo" => (true, CasePolicy.Lifo),
            "tiho" => (true, CasePolicy.Tiho),
            _ => (false, default),
        };
        return ok;
    }

    /// <summary>Parses a direction name (case-sensitive, lower case). Never throws.</summary>
    public static bool TryParseDirection(string? text, out CaseDirection direction)
    {
        (var ok, direction) = text switch
        {
            "forward" => (true, CaseDirection.Forward),
            "backward" => (true, CaseDirection.Backward),
            _ => (false, default),
        };
        return ok;
    }
}
