using ChainTrace.Core;
using ChainTrace.Storage;

namespace ChainTrace.Cli;

/// <summary>Turns the exceptions a user's input can cause into the one sentence the CLI prints (no stack trace).</summary>
internal static class UserErrors
{
    /// <summary>The message for a user-facing failure, or null when the exception is a bug.</summary>
    public static string? Describe(Exception exception) => exception switch
    {
        ChainDataException e => e.Message,
        ChainSourceException e => e.IsTransient ? $"{e.Message} (the node kept failing; try again later)" : e.Message,
        FileNotFoundException e => e.FileName is null ? e.Message : $"{e.Message} ({e.FileName})",
        DirectoryNotFoundException e => e.Message,
        UnauthorizedAccessException e => e.Message,
        ArgumentException e => e.Message,
        InvalidDataException e => e.Message,
        FormatException e => e.Message,
        IOException e => e.Message,
        DatasetQueryException e => e.Message,
        // The dataset layer reports a chain/network mismatch, a folder that is not a dataset, or a dataset another
        // writer holds, as InvalidOperationException with a message that names the folder.
        InvalidOperationException e => e.Message,
        _ => null,
    };
}
