using ChainTrace.Core;

namespace ChainTrace.Ethereum.Decoding;

/// <summary>What is being decoded, for error messages: the RPC method, the block, and the node (redacted).</summary>
/// <param name="Method">The JSON-RPC method whose answer is decoded.</param>
/// <param name="Block">The block number asked for, if known.</param>
/// <param name="Source">The node's redacted URL, or a file name for recorded answers.</param>
internal sealed record DecodeContext(string Method, long? Block, string Source)
{
    /// <summary>Builds the exception for a bad field at <paramref name="path"/>.</summary>
    internal ChainDataException Error(string path, string problem) =>
        new($"The answer to {Method} has {problem} at '{path}'.", new DataLocation(Height: Block, Source: $"{Method} from {Source}"));
}
