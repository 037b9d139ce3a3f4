using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text.Json;

namespace ChainTrace.Bitcoin.Tests.Sources;

/// <summary>
/// Independent helpers for blk files: a plain frame splitter and writer that do not share code with the reader under
/// test, the expected facts about the shared 0–599 chain, and hashing.
/// </summary>
internal static class BlkFixtures
{
    public static readonly byte[] MainMagic = [0xf9, 0xbe, 0xb4, 0xd9];
    public static readonly byte[] TestnetMagic = [0x0b, 0x11, 0x09, 0x07];

    public static string RealBlkFolder => SharedData.PathOf("bitcoin/blk");

    public static string RealBlk0 => SharedData.PathOf("bitcoin/blk/blk00000.dat");

    public static string RealBlk1 => SharedData.PathOf("bitcoin/blk/blk00001.dat");

    /// <summary>The 600 expected block hashes (display order) of the shared chain.</summary>
    public static IReadOnlyList<string> ExpectedHashes()
    {
        using var document = JsonDocument.Parse(File.ReadAllBytes(SharedData.PathOf("bitcoin/EXPECTED_btc_chain_0_599.json")));
        return document.RootElement.GetProperty("block_hashes").EnumerateArray().Select(e => e.GetString()!).ToList();
    }

    /// <summary>Splits a plain (unobfuscated) blk file into its blocks.</summary>
    public static List<byte[]> ReadBlocks(string path)
    {
        var data = File.ReadAllBytes(path);
        var blocks = new List<byte[]>();
        var position = 0;
        while (position + 8 <= data.Length && data.AsSpan(position, 4).ContainsAnyExcept((byte)0))
        {
            var length = (int)BinaryPrimitives.ReadUInt32LittleEndian(data.AsSpan(position + 4));
            blocks.Add(data.AsSpan(position + 8, length).ToArray());
            position += 8 + length;
        }

        return blocks;
    }

    /// <summary>All 600 blocks of the shared chain, in height order.</summary>
    public static List<byte[]> RealBlocks() => [.. ReadBlocks(RealBlk0), .. ReadBlocks(RealBlk1)];

    /// <summary>Writes blocks in blk framing.</summary>
    public static void WriteBlkFile(string path, IEnumerable<byte[]> blocks, byte[]? magic = null)
    {
        using var stream = File.Create(path);
        Span<byte> length = stackalloc byte[4];
        foreach (var block in blocks)
        {
            stream.Write(magic ?? MainMagic);
            BinaryPrimitives.WriteUInt32LittleEndian(length, (uint)block.Length);
            stream.Write(length);
            stream.Write(block);
        }
    }

    /// <summary>Copies a file XORing byte i with key[i % 8], the way Core 28 obfuscates blk files.</summary>
    public static void XorCopy(string source, string destination, byte[] key)
    {
        var data = File.ReadAllBytes(source);
        for (var i = 0; i < data.Length; i++)
        {
            data[i] ^= key[i % key.Length];
        }

        File.WriteAllBytes(destination, data);
    }

    /// <summary>Double SHA-256 of the first 80 bytes, in display (reversed) hex.</summary>
    public static string HeaderHashHex(ReadOnlySpan<byte> block)
    {
        var hash = SHA256.HashData(SHA256.HashData(block[..80]));
        Array.Reverse(hash);
        return Convert.ToHexStringLower(hash);
    }

    /// <summary>A random 8-byte key with every byte non-zero.</summary>
    public static byte[] RandomNonZeroKey(int seed)
    {
        var random = new Random(seed);
        var key = new byte[8];
        for (var i = 0; i < key.Length; i++)
        {
            key[i] = (byte)random.Next(1, 256);
        }

        return key;
    }
}
