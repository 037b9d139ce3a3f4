using System.Buffers.Binary;
using System.Text.Json;

namespace ChainTrace.Bitcoin.Tests.Parsing;

/// <summary>Loads the real blocks of ../shared/data/bitcoin in their three storage formats.</summary>
internal static class BlockFixtures
{
    public const string ExpectedFile = "bitcoin/EXPECTED_btc_single_blocks.json";
    public const string SegwitRaw = "blocks/mainnet_block_000000000000000000000c835b2adcaedc20fdf6ee440009c249452c726dafae.raw";
    public const string TaprootHex = "blocks/0000000000000000000593310d3b0cdc082af49f38b8a1611239072aef8433a8.hex";
    public const string TestnetRaw = "blocks/testnet_block_000000000000045e0b1660b6445b5e5c5ab63c9a4f956be7e1e69be04fa4497b.raw";
    public const string Legacy169482 = "blocks/block169482.dat";
    public const string Blk277647 = "blocks/277647.dat";

    /// <summary>Every block file of EXPECTED_btc_single_blocks.json, relative to bitcoin/.</summary>
    public static readonly string[] ExpectedBlockFiles =
    [
        Blk277647,
        "blocks/block-0000000000000000001602407ac49862a7bca9d00f7f402db20b7be2f5de59d2.blk",
        "blocks/block-00000000000000000021868c2cefc52a480d173c849412fe81c4e5ab806f94ab.blk",
        SegwitRaw,
        TaprootHex,
        "blocks/000000000000000000050f70113ab1932c195442cb49bcc4ee4d7f426c8a3295.hex",
        "blocks/00000000000000000008513c860373da0484f065983aeb063ebf81c172e81d48.hex",
        Legacy169482,
        "blocks/block227835.dat",
        "blocks/block227836.dat",
        "blocks/block363703.dat",
        "blocks/block370661.dat",
        "blocks/block383616.dat",
        "blocks/block481815.dat",
        "blocks/block481829.dat",
    ];

    private static readonly Lazy<JsonElement[]> Expected = new(() =>
    {
        using var document = JsonDocument.Parse(File.ReadAllText(SharedData.PathOf(ExpectedFile)));
        return document.RootElement.EnumerateArray().Select(e => e.Clone()).ToArray();
    });

    /// <summary>The expected facts for a block file.</summary>
    public static JsonElement ExpectedFor(string file) =>
        Expected.Value.Single(e => e.GetProperty("file").GetString() == file);

    /// <summary>All entries of the expected file (to check the list above covers it).</summary>
    public static IReadOnlyList<JsonElement> AllExpected => Expected.Value;

    /// <summary>The serialized block of a file under bitcoin/, decoded from its format (blk framing, raw, or hex text).</summary>
    public static byte[] LoadBlock(string file)
    {
        var path = SharedData.PathOf("bitcoin/" + file);
        if (file.EndsWith(".hex", StringComparison.Ordinal))
        {
            return Convert.FromHexString(File.ReadAllText(path).Trim());
        }

        var bytes = File.ReadAllBytes(path);
        if (bytes.Length >= 8 && BinaryPrimitives.ReadUInt32BigEndian(bytes) == BitcoinNetwork.Main.Magic)
        {
            var length = BinaryPrimitives.ReadInt32LittleEndian(bytes.AsSpan(4));
            return bytes.AsSpan(8, length).ToArray();
        }

        return bytes;
    }

    /// <summary>Splits a blk*.dat file into its framed blocks (magic, little-endian length, block).</summary>
    public static List<byte[]> ReadBlkFile(string relative)
    {
        var bytes = File.ReadAllBytes(SharedData.PathOf(relative));
        var blocks = new List<byte[]>();
        var position = 0;
        while (position + 8 <= bytes.Length && BinaryPrimitives.ReadUInt32BigEndian(bytes.AsSpan(position)) == BitcoinNetwork.Main.Magic)
        {
            var length = BinaryPrimitives.ReadInt32LittleEndian(bytes.AsSpan(position + 4));
            blocks.Add(bytes.AsSpan(position + 8, length).ToArray());
            position += 8 + length;
        }

        return blocks;
    }
}
