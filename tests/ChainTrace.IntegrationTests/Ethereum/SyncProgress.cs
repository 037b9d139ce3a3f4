using ChainTrace.Ingest;

namespace ChainTrace.IntegrationTests.Ethereum;

/// <summary>An <see cref="IProgress{T}"/> that reports synchronously on the ingest's thread (for scripted interventions).</summary>
public sealed class SyncProgress(Action<IngestProgress> report) : IProgress<IngestProgress>
{
    public void Report(IngestProgress value) => report(value);
}
