namespace ChainTrace.Graph.Loading;

/// <summary>Which part of a dataset <see cref="FlowGraphLoader"/> loads.</summary>
public sealed record FlowGraphLoadOptions
{
    /// <summary>First block height to load; default null (from the start).</summary>
    public long? FromBlock { get; init; }

    /// <summary>Last block height to load, inclusive; default null (to the checkpoint).</summary>
    public long? ToBlock { get; init; }

    /// <summary>Earliest block time to load; default null (no lower bound).</summary>
    public DateTimeOffset? FromTime { get; init; }

    /// <summary>Latest block time to load, inclusive; default null (no upper bound).</summary>
    public DateTimeOffset? ToTime { get; init; }

    /// <summary>Ethereum: load token transfers as transactions in their token's asset; default true.</summary>
    public bool IncludeTokens { get; init; } = true;

    /// <summary>Ethereum: load each transaction's gas fee as a fee node (keeps balances right); default true.</summary>
    public bool IncludeFees { get; init; } = true;

    /// <summary>Checks the options.</summary>
    /// <exception cref="ArgumentException">A range is inverted or negative.</exception>
    public void Validate()
    {
        if (FromBlock < 0 || ToBlock < 0 || (FromBlock is { } from && ToBlock is { } to && to < from))
        {
            throw new ArgumentException($"The block range {FromBlock}..{ToBlock} is not a valid range.");
        }

        if (FromTime is { } a && ToTime is { } b && b < a)
        {
            throw new ArgumentException($"The time window {a:O}..{b:O} is inverted.");
        }
    }

    internal string WhereClause(string blockColumn, string timeColumn)
    {
        var terms = new List<string> { "TRUE" };
        if (FromBlock is { } from)
        {
            terms.Add(FormattableString.Invariant($"{blockColumn} >= {from}"));
        }

        if (ToBlock is { } to)
        {
            terms.Add(FormattableString.Invariant($"{blockColumn} <= {to}"));
        }

        if (FromTime is { } a)
        {
            terms.Add(FormattableString.Invariant($"{timeColumn} >= {a.ToUnixTimeSeconds()}"));
        }

        if (ToTime is { } b)
        {
            terms.Add(FormattableString.Invariant($"{timeColumn} <= {b.ToUnixTimeSeconds()}"));
        }

        return string.Join(" AND ", terms);
    }
}
