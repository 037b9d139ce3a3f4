using System.Security.Cryptography;
using FsCheck;
using FsCheck.Fluent;

namespace ChainTrace.Bitcoin.Tests.Encoding;

public sealed class BitcoinHashesTests
{
    private const string GenesisPubKey =
        "04678afdb0fe5548271967f1a67130b7105cd6a828e03909a67962e0ea1f61deb649f6bc3f4cef38c4f35504e51ec112de5c384df7ba0b8d578a4c702b6bf11d5f";

    [Fact]
    public void DoubleSha256_Empty_MatchesKnownDigest()
    {
        var digest = new byte[32];

        BitcoinHashes.DoubleSha256([], digest);

        Assert.Equal("5df6e0e2761359d30a8275058e299fcc0381534545f55cf43e41983f5d4c9456", Convert.ToHexStringLower(digest));
    }

    [Fact]
    public void DoubleSha256_GenesisHeader_IsGenesisHash()
    {
        var header = Convert.FromHexString(
            "0100000000000000000000000000000000000000000000000000000000000000000000003ba3edfd7a7b12b27ac72c3e67768f617fc81bc3888a51323a9fb8aa4b1e5e4a29ab5f49ffff001d1dac2b7c");

        var hash = BitcoinHashes.DoubleSha256(header);

        Assert.Equal("000000000019d6689c085ae165831e934ff763ae46a2a6c172b3f1b60a8ce26f", hash.ToReversedHex());
    }

    [Theory]
    [InlineData("", "b472a266d0bd89c13706a4132ccfb16f7c3b9fcb")]
    [InlineData(GenesisPubKey, "62e907b15cbf27d5425399ebf6f0fb50ebb88f18")]
    public void Hash160_KnownInput_MatchesKnownDigest(string hex, string expected)
    {
        var digest = new byte[20];

        BitcoinHashes.Hash160(Convert.FromHexString(hex), digest);

        Assert.Equal(expected, Convert.ToHexStringLower(digest));
    }

    [Fact]
    public void Hash160_ShortDestination_Throws()
    {
        Assert.Throws<ArgumentException>(() => BitcoinHashes.Hash160([1], new byte[19]));
    }

    [Fact]
    public void Sha256LanesHash_ManyMessagesOfEveryShortLength_MatchPlatformSha256()
    {
        var random = new Random(1234);
        for (var length = 1; length <= 200; length++)
        {
            foreach (var count in new[] { 1, 7, 8, 9, 17 })
            {
                var messages = new byte[length * count];
                random.NextBytes(messages);
                foreach (var twice in new[] { false, true })
                {
                    var digests = new byte[count * 32];

                    Sha256Lanes.Hash(messages, length, twice, digests);

                    for (var i = 0; i < count; i++)
                    {
                        Assert.Equal(Reference(messages.AsSpan(i * length, length), twice), Convert.ToHexStringLower(digests.AsSpan(i * 32, 32)));
                    }
                }
            }
        }
    }

    [Fact]
    public void Sha256LanesHashMany_MixedLengthsIncludingLongOnes_MatchPlatformSha256()
    {
        var random = new Random(99);
        var source = new byte[20_000];
        random.NextBytes(source);
        var lengths = Enumerable.Range(0, 300).Select(i => i % 50 == 0 ? random.Next(2000, 6000) : random.Next(0, 700)).ToArray();
        var jobs = lengths.Select((length, i) => new HashJob(random.Next(0, source.Length - length), length, lengths.Length - 1 - i)).ToArray();
        var expected = jobs.ToDictionary(j => j.Destination, j => Reference(source.AsSpan(j.Offset, j.Length), twice: true));
        var digests = new byte[jobs.Length * 32];

        Sha256Lanes.HashMany(source, jobs, twice: true, digests);

        for (var slot = 0; slot < jobs.Length; slot++)
        {
            Assert.Equal(expected[slot], Convert.ToHexStringLower(digests.AsSpan(slot * 32, 32)));
        }
    }

    [Fact]
    public void Sha256LanesHash_RandomBatches_MatchPlatformSha256()
    {
        Prop.ForAll(
            Gen.Choose(1, 300).SelectMany(length => Gen.Choose(0, 40).SelectMany(count =>
                Gen.ArrayOf(ArbMap.Default.GeneratorFor<byte>(), length * count).Select(bytes => (length, bytes)))).ToArbitrary(),
            input =>
            {
                var (length, messages) = input;
                var count = messages.Length / length;
                var digests = new byte[count * 32];
                Sha256Lanes.Hash(messages, length, twice: true, digests);
                for (var i = 0; i < count; i++)
                {
                    if (Reference(messages.AsSpan(i * length, length), twice: true) != Convert.ToHexStringLower(digests.AsSpan(i * 32, 32)))
                    {
                        return false;
                    }
                }

                return true;
            }).QuickCheckThrowOnFailure();
    }

    private static string Reference(ReadOnlySpan<byte> message, bool twice)
    {
        var digest = SHA256.HashData(message);
        return Convert.ToHexStringLower(twice ? SHA256.HashData(digest) : digest);
    }
}
