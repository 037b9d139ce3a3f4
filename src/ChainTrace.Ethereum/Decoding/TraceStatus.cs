namespace ChainTrace.Ethereum.Decoding;

/// <summary>
/// Status of call frames given depth-first: a frame fails when it has an error or any ancestor failed (a reverted
/// frame undoes everything below it). One instance per transaction.
/// </summary>
internal sealed class TraceStatus
{
    private readonly Dictionary<string, bool> _failed = new(StringComparer.Ordinal);

    /// <summary>Records the frame at <paramref name="traceAddress"/> and returns its status (1 ok, 0 failed).</summary>
    public int Record(string traceAddress, bool hasError)
    {
        var failed = hasError || ParentFailed(traceAddress);
        _failed[traceAddress] = failed;
        return failed ? 0 : 1;
    }

    private bool ParentFailed(string traceAddress)
    {
        if (traceAddress.Length == 0)
        {
            return false;
        }

        var cut = traceAddress.LastIndexOf(',');
        var parent = cut < 0 ? string.Empty : traceAddress[..cut];
        return _failed.TryGetValue(parent, out var failed) && failed;
    }
}
