using System.Buffers.Binary;
using System.Runtime.CompilerServices;
using ChainTrace.Core;

namespace ChainTrace.Bitcoin.Sources;

/// <summary>
/// Scans one Bitcoin Core <c>blk*.dat</c> file: a sequence of frames, each the 4-byte network magic, the block length
/// (uint32 little-endian) and the block. Only the 8-byte prefix and the 80-byte header of each block are read; bodies
/// are skipped, so memory stays constant however large the file is.
/// </summary>
/// <remarks>
/// Handled: obfuscation by an <c>xor.dat</c> key; Core's zero-filled preallocated tail (zero bytes where a magic is
/// expected end the file's data, provided everything after them is zero too). Everything else that does not frame
/// correctly (an unknown or different magic, a length that is too small, above
/// <see cref="BlocksDirectoryOptions.MaxBlockLength"/>, or past the end of the file, a truncated prefix, a header that
/// fails its proof of work) raises <see cref="ChainDataException"/> naming the file and the frame's offset.
/// </remarks>
public sealed class BlkFileReader
{
    private const int PrefixLength = 8;
    private const int FrameLength = PrefixLength + BlkHeader.Size;
    private const int WindowSize = 16 * 1024;

    private readonly BlocksDirectoryOptions _options;

    /// <summary>Creates a reader for one file.</summary>
    /// <param name="path">The <c>blk*.dat</c> file.</param>
    /// <param name="xorKey">The folder's obfuscation key (<see cref="BlockFileXorKey.None"/> for plain files).</param>
    /// <param name="options">Network, length cap and proof-of-work check; default <see cref="BlocksDirectoryOptions"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range.</exception>
    public BlkFileReader(string path, BlockFileXorKey xorKey = default, BlocksDirectoryOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        _options = options ?? new BlocksDirectoryOptions();
        _options.Validate();
        Path = path;
        XorKey = xorKey;
    }

    /// <summary>The file being read.</summary>
    public string Path { get; }

    /// <summary>The obfuscation key applied to every byte read.</summary>
    public BlockFileXorKey XorKey { get; }

    /// <summary>
    /// Yields each block's framing and header in file order. The network is <see cref="BlocksDirectoryOptions.Network"/>,
    /// or else the one whose magic starts the file.
    /// </summary>
    /// <param name="cancellationToken">Cancels the scan.</param>
    /// <exception cref="ChainDataException">The file is corrupt or truncated (message and location name file and offset).</exception>
    /// <exception cref="IOException">The file cannot be opened or read.</exception>
    public async IAsyncEnumerable<BlkRecord> ReadRecordsAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        using var handle = FileReads.OpenRead(Path);
        var length = RandomAccess.GetLength(handle);
        var network = _options.Network;

        // Frames of small blocks are read many at a time through a window; a frame outside it refills the window at
        // the frame, so large block bodies are skipped, not read.
        var window = new byte[WindowSize];
        var windowStart = 0L;
        var windowLength = 0;
        var frame = new byte[FrameLength];
        var position = 0L;
        while (position < length)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var available = (int)Math.Min(FrameLength, length - position);
            if (position < windowStart || position + available > windowStart + windowLength)
            {
                windowStart = position;
                windowLength = await FileReads.ReadAtLeastAsync(
                    handle, window.AsMemory(0, (int)Math.Min(WindowSize, length - position)), position, cancellationToken).ConfigureAwait(false);
                available = Math.Min(available, windowLength);
            }

            var raw = window.AsSpan((int)(position - windowStart), available);
            if (!raw[..Math.Min(available, 4)].ContainsAnyExcept((byte)0))
            {
                await EnsureZeroTailAsync(handle, position, length, decoded: false, cancellationToken).ConfigureAwait(false);
                yield break;
            }

            raw.CopyTo(frame);
            XorKey.Apply(frame.AsSpan(0, available), position);
            if (!frame.AsSpan(0, Math.Min(available, 4)).ContainsAnyExcept((byte)0))
            {
                await EnsureZeroTailAsync(handle, position, length, decoded: true, cancellationToken).ConfigureAwait(false);
                yield break;
            }

            if (available < PrefixLength)
            {
                throw Corrupt(position, $"The file ends {available} bytes into a block's 8-byte magic and length prefix (truncated file).");
            }

            network = CheckMagic(frame, network, position);
            var blockLength = BinaryPrimitives.ReadUInt32LittleEndian(frame.AsSpan(4));
            var blockStart = position + PrefixLength;
            CheckLength(blockLength, blockStart, length, position);
            if (available < FrameLength)
            {
                throw Corrupt(position, "The file ends inside the block header (it changed while it was read).");
            }

            var header = BlkHeader.Read(frame.AsSpan(PrefixLength));
            if (_options.VerifyProofOfWork && !CompactTarget.MeetsTarget(header.Hash, header.Bits))
            {
                throw Corrupt(
                    position,
                    $"Block {header.Hash.ToReversedHex()} does not meet its own difficulty target (bits {header.Bits:x8}): corrupt or forged header.");
            }

            yield return new BlkRecord(network, blockStart, (int)blockLength, header.Hash, header.PreviousBlockHash, header.Bits, header.Time);
            position = blockStart + blockLength;
        }
    }

    private BitcoinNetwork CheckMagic(ReadOnlySpan<byte> prefix, BitcoinNetwork? expected, long position)
    {
        var magic = BinaryPrimitives.ReadUInt32BigEndian(prefix);
        if (expected is null)
        {
            return BitcoinNetwork.TryFromMagic(magic, out var detected)
                ? detected
                : throw Corrupt(position, $"Unknown network magic {magic:x8} where a block frame should start (not a blk file, or a wrong xor.dat key).");
        }

        return magic == expected.Magic
            ? expected
            : throw Corrupt(
                position,
                $"Network magic {magic:x8} where {expected.Magic:x8} ({expected.Name}) was expected: corrupt data or blocks of another network.");
    }

    private void CheckLength(uint blockLength, long blockStart, long fileLength, long position)
    {
        if (blockLength < BlocksDirectoryOptions.MinBlockLength)
        {
            throw Corrupt(position, $"The length prefix claims {blockLength} bytes, less than the smallest possible block ({BlocksDirectoryOptions.MinBlockLength}).");
        }

        if (blockLength > (uint)_options.MaxBlockLength)
        {
            throw Corrupt(position, $"The length prefix claims {blockLength} bytes, more than the {_options.MaxBlockLength}-byte limit.");
        }

        if (blockLength > fileLength - blockStart)
        {
            throw Corrupt(
                position,
                $"The length prefix claims {blockLength} bytes but only {fileLength - blockStart} remain in the file (truncated file or corrupt length).");
        }
    }

    private async ValueTask EnsureZeroTailAsync(
        Microsoft.Win32.SafeHandles.SafeFileHandle handle, long position, long length, bool decoded, CancellationToken cancellationToken)
    {
        if (!await FileReads.IsZeroTailAsync(handle, position, length, XorKey, decoded, cancellationToken).ConfigureAwait(false))
        {
            throw Corrupt(position, "Zero bytes stand where a block's magic should be, but non-zero data follows them (a gap or garbage in the file).");
        }
    }

    private ChainDataException Corrupt(long offset, string message) => new(message, new DataLocation(File: Path, Offset: offset));
}
