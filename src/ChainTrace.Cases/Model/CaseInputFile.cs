using System.Security.Cryptography;

namespace ChainTrace.Cases;

/// <summary>A file a case run read (case file, tag file, the dataset's checkpoint file), identified by its SHA-256.</summary>
/// <param name="Role">What the file was for: e.g. <c>case_file</c>, <c>tag_source</c>, <c>dataset_checkpoint</c>.</param>
/// <param name="Name">A machine-independent name (the path as the case file wrote it, or the file name).</param>
/// <param name="Sha256">SHA-256 of the file's bytes, 64 lower-case hex digits.</param>
/// <param name="Size">Size in bytes.</param>
public sealed record CaseInputFile(string Role, string Name, string Sha256, long Size)
{
    /// <summary>Hashes a file.</summary>
    /// <param name="role">What the file was for.</param>
    /// <param name="path">The file to read.</param>
    /// <param name="name">The name to record; default the file name of <paramref name="path"/> (no folders, so the
    /// bundle does not depend on where the inputs lie).</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <exception cref="ArgumentException"><paramref name="role"/> or <paramref name="path"/> is empty.</exception>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    public static async Task<CaseInputFile> FromFileAsync(string role, string path, string? name = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(role);
        ArgumentException.ThrowIfNullOrEmpty(path);
        await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, useAsync: true);
        var hash = await SHA256.HashDataAsync(stream, cancellationToken);
        return new CaseInputFile(role, name ?? Path.GetFileName(path), Convert.ToHexStringLower(hash), stream.Length);
    }
}
