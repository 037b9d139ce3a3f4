namespace ChainTrace.Graph.Clustering;

/// <summary>Applies the enabled change heuristics to one transaction at a time (see <see cref="ChangeHeuristics"/>).</summary>
internal sealed class ChangeAnalyzer
{
    private readonly FlowGraph _graph;
    private readonly ScriptKind[] _kinds;
    private readonly TransactionFingerprints? _fingerprints;
    private readonly int[] _clusterOf;
    private int[] _inputAddresses = new int[16];

    /// <param name="graph">The graph.</param>
    /// <param name="kinds">Script type per address id.</param>
    /// <param name="fingerprints">Wallet fingerprints, or null.</param>
    /// <param name="clusterOf">Cluster id per address id before any change merge (the multi-input partition).</param>
    public ChangeAnalyzer(FlowGraph graph, ScriptKind[] kinds, TransactionFingerprints? fingerprints, int[] clusterOf)
    {
        _graph = graph;
        _kinds = kinds;
        _fingerprints = fingerprints;
        _clusterOf = clusterOf;
    }

    /// <summary>
    /// True when <paramref name="tx"/> is a candidate: a UTXO transaction with an addressed input, at least two outputs
    /// that pay an address, and none paying an address of the inputs' cluster (then the change is known already: an
    /// input address reused, or an address the owner co-spent before). <paramref name="firstInput"/> is its first input address.
    /// </summary>
    public bool IsCandidate(int tx, out int firstInput)
    {
        firstInput = -1;
        if (_graph.Transaction(tx).Kind != FlowTransactionKind.Utxo)
        {
            return false;
        }

        var inputs = _graph.InputsOf(tx);
        var count = 0;
        if (_inputAddresses.Length < inputs.End.Value - inputs.Start.Value)
        {
            _inputAddresses = new int[inputs.End.Value - inputs.Start.Value];
        }

        for (var leg = inputs.Start.Value; leg < inputs.End.Value; leg++)
        {
            var address = _graph.Input(leg).Address;
            if (address >= 0)
            {
                _inputAddresses[count++] = address;
            }
        }

        if (count == 0)
        {
            return false;
        }

        firstInput = _inputAddresses[0];
        var span = _inputAddresses.AsSpan(0, count);
        span.Sort();
        var addressed = 0;
        var outputs = _graph.OutputsOf(tx);
        for (var leg = outputs.Start.Value; leg < outputs.End.Value; leg++)
        {
            var address = _graph.Output(leg).Address;
            if (address < 0)
            {
                continue;
            }

            if (span.BinarySearch(address) >= 0 || _clusterOf[address] == _clusterOf[firstInput])
            {
                return false;
            }

            addressed++;
        }

        return addressed >= 2;
    }

    /// <summary>The output leg <paramref name="heuristic"/> names as change of candidate <paramref name="tx"/>, or -1.</summary>
    public int Verdict(int tx, ClusteringHeuristic heuristic) => heuristic switch
    {
        ClusteringHeuristic.ChangeAddressType => AddressType(tx),
        ClusteringHeuristic.ChangeRoundValue => Single(tx, static (a, leg) => !ChangeHeuristics.IsRound(Value(a._graph, leg)), requireOthers: true),
        ClusteringHeuristic.ChangeOptimal => Optimal(tx),
        ClusteringHeuristic.ChangeFreshAddress => AddressedOutputs(tx) == 2 ? Single(tx, static (a, leg) => a.IsFirstReceipt(leg), requireOthers: false) : -1,
        ClusteringHeuristic.ChangeFingerprint => Fingerprint(tx),
        ClusteringHeuristic.ChangePeelChain => PeelChain(tx),
        _ => -1,
    };

    private static ulong Value(FlowGraph graph, int outputLeg)
    {
        var value = graph.Output(outputLeg).Value;
        return value > ulong.MaxValue ? ulong.MaxValue : (ulong)value;
    }

    private int AddressedOutputs(int tx)
    {
        var count = 0;
        var outputs = _graph.OutputsOf(tx);
        for (var leg = outputs.Start.Value; leg < outputs.End.Value; leg++)
        {
            count += _graph.Output(leg).Address >= 0 ? 1 : 0;
        }

        return count;
    }

    public bool IsFirstReceipt(int leg) => _graph.ReceiptsOf(_graph.Output(leg).Address)[0] == leg;

    /// <summary>The only addressed output matching <paramref name="match"/>; with <paramref name="requireOthers"/> at least one other addressed output must exist (always true for candidates).</summary>
    private int Single(int tx, Func<ChangeAnalyzer, int, bool> match, bool requireOthers)
    {
        var found = -1;
        var others = 0;
        var outputs = _graph.OutputsOf(tx);
        for (var leg = outputs.Start.Value; leg < outputs.End.Value; leg++)
        {
            if (_graph.Output(leg).Address < 0)
            {
                continue;
            }

            if (match(this, leg))
            {
                if (found >= 0)
                {
                    return -1;
                }

                found = leg;
            }
            else
            {
                others++;
            }
        }

        return requireOthers && others == 0 ? -1 : found;
    }

    private int AddressType(int tx)
    {
        var kind = ScriptKind.Unknown;
        var inputs = _graph.InputsOf(tx);
        for (var leg = inputs.Start.Value; leg < inputs.End.Value; leg++)
        {
            var address = _graph.Input(leg).Address;
            var k = address < 0 ? ScriptKind.Unknown : _kinds[address];
            if (k == ScriptKind.Unknown || (kind != ScriptKind.Unknown && k != kind))
            {
                return -1;
            }

            kind = k;
        }

        return Single(tx, (a, leg) => a._kinds[a._graph.Output(leg).Address] == kind, requireOthers: false);
    }

    private int Optimal(int tx)
    {
        var inputs = _graph.InputsOf(tx);
        var smallest = UInt128.MaxValue;
        for (var leg = inputs.Start.Value; leg < inputs.End.Value; leg++)
        {
            var value = _graph.Input(leg).Value;
            if (value == 0)
            {
                return -1;
            }

            smallest = UInt128.Min(smallest, value);
        }

        return Single(tx, (a, leg) => a._graph.Output(leg).Value < smallest, requireOthers: false);
    }

    private int Fingerprint(int tx)
    {
        if (_fingerprints is null || !_fingerprints.TryGet(tx, out var own))
        {
            return -1;
        }

        var found = -1;
        var matches = 0;
        var typed = -1;
        var typedMatches = 0;
        var outputs = _graph.OutputsOf(tx);
        for (var leg = outputs.Start.Value; leg < outputs.End.Value; leg++)
        {
            var address = _graph.Output(leg).Address;
            if (address < 0)
            {
                continue;
            }

            var spender = _graph.SpendingInput(leg);
            if (spender < 0 || !_fingerprints.TryGet(_graph.Input(spender).Transaction, out var other))
            {
                return -1;
            }

            if (other != own)
            {
                continue;
            }

            found = leg;
            matches++;
            if (HasInputKind(tx, _kinds[address]))
            {
                typed = leg;
                typedMatches++;
            }
        }

        return matches == 1 ? found : typedMatches == 1 ? typed : -1;
    }

    private bool HasInputKind(int tx, ScriptKind kind)
    {
        var inputs = _graph.InputsOf(tx);
        for (var leg = inputs.Start.Value; leg < inputs.End.Value; leg++)
        {
            var address = _graph.Input(leg).Address;
            if (address >= 0 && _kinds[address] == kind && kind != ScriptKind.Unknown)
            {
                return true;
            }
        }

        return false;
    }

    private int PeelChain(int tx)
    {
        if (!IsPeelShaped(tx))
        {
            return -1;
        }

        var outputs = _graph.OutputsOf(tx);
        var first = outputs.Start.Value;
        var second = first + 1;
        var firstContinues = SpenderIsPeel(first);
        var secondContinues = SpenderIsPeel(second);
        if (firstContinues == secondContinues)
        {
            return -1;
        }

        var (change, other) = firstContinues ? (first, second) : (second, first);
        return _graph.Output(change).Value > _graph.Output(other).Value ? change : -1;
    }

    private bool SpenderIsPeel(int outputLeg)
    {
        var spender = _graph.SpendingInput(outputLeg);
        return spender >= 0 && IsPeelShaped(_graph.Input(spender).Transaction);
    }

    private bool IsPeelShaped(int tx)
    {
        var inputs = _graph.InputsOf(tx);
        var outputs = _graph.OutputsOf(tx);
        return inputs.End.Value - inputs.Start.Value == 1 && outputs.End.Value - outputs.Start.Value == 2
            && _graph.Output(outputs.Start.Value).Address >= 0 && _graph.Output(outputs.Start.Value + 1).Address >= 0;
    }
}
