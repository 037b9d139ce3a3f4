using System.Globalization;
using System.Text;
using ChainTrace.Graph.Tracing;

namespace ChainTrace.Cli.Output;

/// <summary>The readable form of a trace result: summary, exits table, and the path of the largest exits.</summary>
internal static class TraceText
{
    public static string Write(TraceResult trace)
    {
        var graph = trace.Graph;
        var text = new StringBuilder();
        var inv = CultureInfo.InvariantCulture;
        text.AppendLine(inv, $"Trace {trace.Options.Direction.ToString().ToLowerInvariant()} with {trace.Options.Policy.ToString().ToLowerInvariant()} from {trace.Seeds.Count} seed(s), at most {trace.Options.MaxHops} hops.");
        foreach (var (asset, amount) in trace.Seeded.OrderBy(s => s.Key))
        {
            text.AppendLine(inv, $"  seeded {Amount(amount, graph.Assets[asset])}; fees {Amount(trace.Fees.GetValueOrDefault(asset), graph.Assets[asset])}; {trace.Transactions.Count} transactions, {trace.Addresses.Count} addresses reached");
        }

        foreach (var missing in trace.UnresolvedSeeds)
        {
            text.AppendLine(inv, $"  not in the dataset: {missing}");
        }

        text.AppendLine().AppendLine("Exits (largest first):");
        var rows = trace.Exits.OrderByDescending(e => e.Amount).ThenBy(e => e.Transaction).Take(50).ToList();
        text.AppendLine(inv, $"  {"kind",-15} {"amount",22} {"hop",4}  {"address",-44} {"label",-24} transaction");
        foreach (var exit in rows)
        {
            var label = exit.Label is null ? "" : $"{exit.Label.Label} ({exit.Label.Category})";
            var tx = exit.Transaction >= 0 ? graph.DisplayHash(exit.Transaction) : "";
            text.AppendLine(inv, $"  {exit.Kind,-15} {Amount(exit.Amount, graph.Assets[exit.Asset]),22} {exit.Hop,4}  {exit.AddressText ?? "-",-44} {label,-24} {tx}");
        }

        if (trace.Exits.Count > rows.Count)
        {
            text.AppendLine(inv, $"  … and {trace.Exits.Count - rows.Count} more (use --json for all).");
        }

        var tagged = trace.Exits.Where(e => e.Kind == TraceExitKind.Tagged).OrderByDescending(e => e.Amount).FirstOrDefault();
        if (tagged is not null)
        {
            text.AppendLine().AppendLine(inv, $"How {Amount(tagged.Amount, graph.Assets[tagged.Asset])} reached {tagged.AddressText}:");
            foreach (var step in trace.Explain(tagged))
            {
                text.AppendLine(inv, $"  hop {step.Hop}: {step.TransactionText} {step.FromAddress ?? "?"} → {step.ToAddress ?? "?"}: {step.Rule}");
            }
        }

        return text.ToString();
    }

    public static string Amount(UInt128 amount, string asset)
    {
        var decimals = asset switch { "BTC" => 8, "ETH" => 18, _ => 0 };
        if (decimals == 0)
        {
            return amount.ToString(CultureInfo.InvariantCulture) + " " + Short(asset);
        }

        var scale = UInt128.One;
        for (var i = 0; i < decimals; i++)
        {
            scale *= 10;
        }

        var fraction = (amount % scale).ToString(CultureInfo.InvariantCulture).PadLeft(decimals, '0').TrimEnd('0');
        var whole = (amount / scale).ToString(CultureInfo.InvariantCulture);
        return (fraction.Length == 0 ? whole : whole + "." + fraction) + " " + asset;
    }

    private static string Short(string asset) => asset.Length > 12 ? asset[..8] + "…" : asset;
}
