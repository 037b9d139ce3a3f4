using ChainTrace.Core;

namespace ChainTrace.Storage;

/// <summary>The content of <c>dataset.json</c>: what the dataset holds and how far it is committed.</summary>
/// <param name="Chain">The chain family; a dataset never mixes chains.</param>
/// <param name="Network">The network name as the ingest was given it (e.g. <c>main</c>, <c>testnet</c>, <c>mainnet</c>); compared case-insensitively.</param>
/// <param name="SchemaVersion">The dataset layout version (<see cref="Dataset.CurrentSchemaVersion"/> when written by this build).</param>
/// <param name="Checkpoint">The committed block range, or null before the first commit.</param>
/// <param name="CreatedAt">When the dataset was created (from the writer's <see cref="TimeProvider"/>).</param>
/// <param name="UpdatedAt">When the checkpoint last moved.</param>
public sealed record DatasetManifest(
    ChainKind Chain,
    string Network,
    int SchemaVersion,
    DatasetCheckpoint? Checkpoint,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt);
