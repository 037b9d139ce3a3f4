using System.Runtime.CompilerServices;

// The batched hashing and script walking are tested directly against the platform implementations.
[assembly: InternalsVisibleTo("ChainTrace.Bitcoin.Tests")]
