using System.Buffers.Binary;
using System.Globalization;
using ChainTrace.Bitcoin;
using ChainTrace.Bitcoin.Sources;

namespace ChainTrace.Scenarios.Bitcoin.Serialization;

/// <summary>
/// Appends blocks to Bitcoin Core style <c>blkNNNNN.dat</c> files: each record is the network magic, the block length
/// (32-bit little-endian) and the block; a new file starts when the next record would take the current one past the
/// size limit. With a non-zero key every byte is XORed with <c>key[fileOffset % 8]</c>, as Core does for
/// <c>xor.dat</c>.
/// </summary>
internal sealed class BlkFileWriter : IAsyncDisposable
{
    /// <summary>Bytes before each block: magic (4) and length (4).</summary>
    public const int PrefixLength = 8;

    private readonly string _directory;
    private readonly BitcoinNetwork _network;
    private readonly long _maxFileBytes;
    private readonly BlockFileXorKey _key;
    private readonly List<string> _files = [];
    private FileStream? _stream;
    private long _fileLength;

    /// <summary>Creates the writer; the first file is created with the first block.</summary>
    public BlkFileWriter(string directory, BitcoinNetwork network, long maxFileBytes, BlockFileXorKey key)
    {
        _directory = directory;
        _network = network;
        _maxFileBytes = maxFileBytes;
        _key = key;
    }

    /// <summary>The paths of the files written so far, in order.</summary>
    public IReadOnlyList<string> Files => _files;

    /// <summary>Total bytes written to all files.</summary>
    public long TotalBytes { get; private set; }

    /// <summary>
    /// Writes one record. <paramref name="record"/> holds <see cref="PrefixLength"/> bytes of room followed by the block;
    /// the prefix is filled in and the whole record is obfuscated in place before it is written.
    /// </summary>
    public async ValueTask WriteAsync(Memory<byte> record, CancellationToken cancellationToken)
    {
        var blockLength = record.Length - PrefixLength;
        var span = record.Span;
        _network.MagicBytes.CopyTo(span);
        BinaryPrimitives.WriteUInt32LittleEndian(span[4..], (uint)blockLength);
        if (_stream is null || (_fileLength > 0 && _fileLength + record.Length > _maxFileBytes))
        {
            await OpenNextAsync().ConfigureAwait(false);
        }

        _key.Apply(record.Span, _fileLength);
        await _stream!.WriteAsync(record, cancellationToken).ConfigureAwait(false);
        _fileLength += record.Length;
        TotalBytes += record.Length;
    }

    /// <summary>Writes <c>xor.dat</c> beside the blk files.</summary>
    public async Task WriteKeyFileAsync(CancellationToken cancellationToken)
    {
        var bytes = new byte[BlockFileXorKey.Length];
        _key.CopyTo(bytes);
        await File.WriteAllBytesAsync(Path.Combine(_directory, BlockFileXorKey.FileName), bytes, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Flushes and closes the current file.</summary>
    public async ValueTask DisposeAsync()
    {
        if (_stream is not null)
        {
            await _stream.DisposeAsync().ConfigureAwait(false);
            _stream = null;
        }
    }

    private async ValueTask OpenNextAsync()
    {
        if (_stream is not null)
        {
            await _stream.DisposeAsync().ConfigureAwait(false);
        }

        var path = Path.Combine(_directory, string.Create(CultureInfo.InvariantCulture, $"blk{_files.Count:D5}.dat"));
        _stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.Read, 1 << 20, useAsync: true);
        _files.Add(path);
        _fileLength = 0;
    }
}
