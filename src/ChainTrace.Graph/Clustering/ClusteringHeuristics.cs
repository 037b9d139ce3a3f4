namespace ChainTrace.Graph.Clustering;

/// <summary>Names of <see cref="ClusteringHeuristic"/> values for evidence text and the clusters table.</summary>
public static class ClusteringHeuristics
{
    private static readonly (ClusteringHeuristic Heuristic, string Code, string Text)[] Names =
    [
        (ClusteringHeuristic.MultiInput, "multi-input", "multi-input"),
        (ClusteringHeuristic.ChangeAddressType, "change-type", "address type mismatch"),
        (ClusteringHeuristic.ChangeRoundValue, "change-round", "round payment value"),
        (ClusteringHeuristic.ChangeOptimal, "change-optimal", "optimal change"),
        (ClusteringHeuristic.ChangeFreshAddress, "change-fresh", "fresh address"),
        (ClusteringHeuristic.ChangeFingerprint, "change-fingerprint", "wallet fingerprint"),
        (ClusteringHeuristic.ChangePeelChain, "change-peel", "peeling chain"),
        (ClusteringHeuristic.DepositAddress, "deposit", "deposit address"),
        (ClusteringHeuristic.AirdropForwarding, "airdrop", "airdrop forwarding"),
    ];

    /// <summary>Short codes of the bits of <paramref name="heuristics"/>, joined by '+', e.g. <c>change-optimal+change-fresh</c>.</summary>
    public static string Code(ClusteringHeuristic heuristics) => Join(heuristics, code: true, "+");

    /// <summary>Readable names of the bits of <paramref name="heuristics"/>, joined by ", ", e.g. <c>optimal change, fresh address</c>.</summary>
    public static string Describe(ClusteringHeuristic heuristics) => Join(heuristics, code: false, ", ");

    /// <summary>Parses a code from <see cref="Code"/> (one heuristic; also <c>change</c> for all change heuristics).</summary>
    public static bool TryParse(string? code, out ClusteringHeuristic heuristic)
    {
        heuristic = ClusteringHeuristic.None;
        if (string.Equals(code, "change", StringComparison.OrdinalIgnoreCase))
        {
            heuristic = ClusteringHeuristic.AllChange;
            return true;
        }

        foreach (var (h, c, _) in Names)
        {
            if (string.Equals(code, c, StringComparison.OrdinalIgnoreCase))
            {
                heuristic = h;
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Parses a comma-separated list of codes (see <see cref="TryParse"/>, plus <c>default</c> for multi-input and
    /// deposit addresses), e.g. <c>multi-input,change-fresh,change-optimal</c>. Never throws.
    /// </summary>
    /// <param name="text">The list.</param>
    /// <param name="heuristics">The union of the parsed heuristics.</param>
    /// <param name="error">A sentence naming the first unknown code, or null.</param>
    public static bool TryParseList(string? text, out ClusteringHeuristic heuristics, out string? error)
    {
        heuristics = ClusteringHeuristic.None;
        error = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            error = "No heuristic was named.";
            return false;
        }

        foreach (var part in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (string.Equals(part, "default", StringComparison.OrdinalIgnoreCase))
            {
                heuristics |= ClusteringHeuristic.MultiInput | ClusteringHeuristic.DepositAddress;
            }
            else if (TryParse(part, out var one))
            {
                heuristics |= one;
            }
            else
            {
                error = $"Unknown heuristic '{part}'; use default, multi-input, change, {string.Join(", ", Names.Skip(1).Select(n => n.Code))}.";
                heuristics = ClusteringHeuristic.None;
                return false;
            }
        }

        return true;
    }

    private static string Join(ClusteringHeuristic heuristics, bool code, string separator)
    {
        var parts = new List<string>();
        foreach (var (h, c, t) in Names)
        {
            if ((heuristics & h) != 0)
            {
                parts.Add(code ? c : t);
            }
        }

        return parts.Count == 0 ? "none" : string.Join(separator, parts);
    }
}
