namespace ChainTrace.Graph.Clustering;

/// <summary>
/// Classifies Bitcoin addresses by script type from their text alone (prefix, and for bech32 the witness version and
/// program length), for every network's encoding (<c>bc1</c>, <c>tb1</c>, <c>bcrt1</c>; Base58 versions of main and
/// test networks). No checksum is verified: the addresses come from a dataset that encoded them.
/// </summary>
public static class ScriptKinds
{
    private const int ChecksumChars = 6;

    /// <summary>The script type of <paramref name="address"/>; <see cref="ScriptKind.Unknown"/> for anything else.</summary>
    /// <param name="address">The address text as stored in the dataset.</param>
    public static ScriptKind Classify(ReadOnlySpan<char> address)
    {
        if (address.Length < 14)
        {
            return ScriptKind.Unknown;
        }

        var separator = address.LastIndexOf('1');
        if (separator >= 2 && IsSegwitPrefix(address[..separator]))
        {
            var dataChars = address.Length - separator - 1 - ChecksumChars;
            var programChars = dataChars - 1;
            var version = char.ToLowerInvariant(address[separator + 1]);
            return (version, programChars) switch
            {
                ('q', 32) => ScriptKind.P2wpkh,
                ('q', 52) => ScriptKind.P2wsh,
                ('p', 52) => ScriptKind.P2tr,
                _ when programChars > 0 => ScriptKind.OtherWitness,
                _ => ScriptKind.Unknown,
            };
        }

        if (address.Length is < 26 or > 35)
        {
            return ScriptKind.Unknown;
        }

        return address[0] switch
        {
            '1' or 'm' or 'n' => ScriptKind.P2pkh,
            '3' or '2' => ScriptKind.P2sh,
            _ => ScriptKind.Unknown,
        };
    }

    /// <summary>The script type of every address of <paramref name="graph"/>, indexed by address id.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="graph"/> is null.</exception>
    public static ScriptKind[] ClassifyAll(FlowGraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var kinds = new ScriptKind[graph.Addresses.Count];
        if (graph.Chain != Core.ChainKind.Bitcoin)
        {
            return kinds;
        }

        for (var i = 0; i < kinds.Length; i++)
        {
            kinds[i] = Classify(graph.Addresses[i]);
        }

        return kinds;
    }

    private static bool IsSegwitPrefix(ReadOnlySpan<char> hrp) =>
        hrp.Equals("bc", StringComparison.OrdinalIgnoreCase)
        || hrp.Equals("tb", StringComparison.OrdinalIgnoreCase)
        || hrp.Equals("bcrt", StringComparison.OrdinalIgnoreCase);
}
