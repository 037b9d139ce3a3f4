using System.Numerics;
using System.Text;
using ChainTrace.Core.Rows;
using ChainTrace.Ethereum.Decoding;
using ChainTrace.Ethereum.Tests.Replay;
using Org.BouncyCastle.Crypto.Digests;

namespace ChainTrace.Ethereum.Tests.Decoding;

public sealed class TokenTransferDecoderTests
{
    private const string Token = "0x00000000000000000000000000000000000000aa";
    private const string Alice = "0x1111111111111111111111111111111111111111";
    private const string Bob = "0x2222222222222222222222222222222222222222";

    [Theory]
    [InlineData("Transfer(address,address,uint256)", TokenEventTopics.Transfer)]
    [InlineData("TransferSingle(address,address,address,uint256,uint256)", TokenEventTopics.TransferSingle)]
    [InlineData("TransferBatch(address,address,address,uint256[],uint256[])", TokenEventTopics.TransferBatch)]
    public void Topics_AreKeccakOfEventSignatures(string signature, string topic)
    {
        var digest = new KeccakDigest(256);
        var input = Encoding.ASCII.GetBytes(signature);
        digest.BlockUpdate(input, 0, input.Length);
        var hash = new byte[32];
        digest.DoFinal(hash, 0);
        Assert.Equal(topic, "0x" + Convert.ToHexStringLower(hash));
    }

    [Fact]
    public void Decode_Erc20TransferAbove2Pow128_IsExact()
    {
        var value = (BigInteger.One << 200) + 12345;
        var transfers = new List<EthereumTokenTransferRow>();

        var outcome = TokenTransferDecoder.Decode(Log(TokenEventTopics.Transfer, [Word(Alice), Word(Bob)], Word(value)), transfers);

        Assert.Equal(TokenTransferOutcome.Decoded, outcome);
        var transfer = Assert.Single(transfers);
        Assert.Equal("erc20", transfer.Standard);
        Assert.Equal(value, transfer.Value);
        Assert.Equal(Alice, transfer.FromAddress);
        Assert.Equal(Bob, transfer.ToAddress);
        Assert.Null(transfer.TokenId);
    }

    [Fact]
    public void Decode_Erc721TransferWithIndexedTokenId_IsErc721WithValueOne()
    {
        var transfers = new List<EthereumTokenTransferRow>();

        var outcome = TokenTransferDecoder.Decode(Log(TokenEventTopics.Transfer, [Word(Alice), Word(Bob), Word(77)], "0x"), transfers);

        Assert.Equal(TokenTransferOutcome.Decoded, outcome);
        var transfer = Assert.Single(transfers);
        Assert.Equal("erc721", transfer.Standard);
        Assert.Equal(new BigInteger(77), transfer.TokenId);
        Assert.Equal(BigInteger.One, transfer.Value);
    }

    [Fact]
    public void Decode_TransferWithAllArgumentsInData_IsErc20()
    {
        var transfers = new List<EthereumTokenTransferRow>();

        var outcome = TokenTransferDecoder.Decode(Log(TokenEventTopics.Transfer, [], Word(Alice) + Word(Bob)[2..] + Word(5)[2..]), transfers);

        Assert.Equal(TokenTransferOutcome.Decoded, outcome);
        Assert.Equal(new BigInteger(5), Assert.Single(transfers).Value);
    }

    [Fact]
    public void Decode_Erc1155TransferSingle_HasIdAndValue()
    {
        var transfers = new List<EthereumTokenTransferRow>();

        var outcome = TokenTransferDecoder.Decode(
            Log(TokenEventTopics.TransferSingle, [Word(Alice), Word(Alice), Word(Bob)], Word(9) + Word(1000)[2..]), transfers);

        Assert.Equal(TokenTransferOutcome.Decoded, outcome);
        var transfer = Assert.Single(transfers);
        Assert.Equal(("erc1155", Alice, Bob), (transfer.Standard, transfer.FromAddress, transfer.ToAddress));
        Assert.Equal((new BigInteger(9), new BigInteger(1000)), (transfer.TokenId!.Value, transfer.Value));
    }

    [Fact]
    public void Decode_Erc1155TransferBatch_OneRowPerIdWithSameLogIndex()
    {
        var data = Words(64, 160, 2, 1, 2, 2, 10, 20);
        var transfers = new List<EthereumTokenTransferRow>();

        var outcome = TokenTransferDecoder.Decode(Log(TokenEventTopics.TransferBatch, [Word(Alice), Word(0), Word(Bob)], data), transfers);

        Assert.Equal(TokenTransferOutcome.Decoded, outcome);
        Assert.Equal([(BigInteger.One, new BigInteger(10)), (new BigInteger(2), new BigInteger(20))], transfers.Select(t => (t.TokenId!.Value, t.Value)));
        Assert.All(transfers, t => Assert.Equal((7, "0x0000000000000000000000000000000000000000"), (t.LogIndex, t.FromAddress)));
    }

    [Theory]
    [InlineData("0x")]
    [InlineData("0x00000000000000000000000000000000000000000000000000000000000000ff")]
    public void Decode_TransferBatchWithBadOffsets_IsMalformedWithoutRows(string head)
    {
        var data = head == "0x" ? Words(4096, 64, 0, 0) : Words(64, 96, 1000, 0);
        var transfers = new List<EthereumTokenTransferRow>();

        var outcome = TokenTransferDecoder.Decode(Log(TokenEventTopics.TransferBatch, [Word(Alice), Word(Alice), Word(Bob)], data), transfers);

        Assert.Equal(TokenTransferOutcome.Malformed, outcome);
        Assert.Empty(transfers);
    }

    [Fact]
    public void Decode_TransferWithTwoTopicsAndEmptyData_IsMalformed()
    {
        var transfers = new List<EthereumTokenTransferRow>();

        Assert.Equal(TokenTransferOutcome.Malformed, TokenTransferDecoder.Decode(Log(TokenEventTopics.Transfer, [Word(Alice)], "0x"), transfers));
        Assert.Empty(transfers);
    }

    [Fact]
    public void Decode_OtherEvent_IsNotATransfer()
    {
        var transfers = new List<EthereumTokenTransferRow>();

        Assert.Equal(
            TokenTransferOutcome.NotATransfer,
            TokenTransferDecoder.Decode(Log("0xde857d2761836ca6234345c7f7f4c783271ed7d1aedf9268b3fe32800d186fde", [], Word(70)), transfers));
    }

    [SharedDataFact]
    public void Decode_RecordedLogsCsv_MatchesExpectedTokenTransfers()
    {
        const string folder = "tests/resources/test_extract_token_transfers_job/logs";
        var transfers = new List<EthereumTokenTransferRow>();
        foreach (var row in Expected.Csv($"{folder}/logs.csv"))
        {
            var topics = row["topics"].Split(',');
            var log = new EthereumLogRow(
                long.Parse(row["block_number"], System.Globalization.CultureInfo.InvariantCulture), row["transaction_hash"],
                int.Parse(row["transaction_index"], System.Globalization.CultureInfo.InvariantCulture),
                int.Parse(row["log_index"], System.Globalization.CultureInfo.InvariantCulture), row["address"], row["data"],
                topics.ElementAtOrDefault(0), topics.ElementAtOrDefault(1), topics.ElementAtOrDefault(2), topics.ElementAtOrDefault(3));
            TokenTransferDecoder.Decode(log, transfers);
        }

        var expected = Expected.Csv($"{folder}/expected_token_transfers.csv");
        Assert.Equal(
            expected.Select(e => (e["token_address"], e["from_address"], e["to_address"], e["value"], e["log_index"])),
            transfers.Select(t => (t.TokenAddress, t.FromAddress, t.ToAddress, RecordedBlocksTests.Text(t.Value), RecordedBlocksTests.Text(t.LogIndex))));
    }

    private static EthereumLogRow Log(string topic0, string[] topics, string data) =>
        new(1, "0x" + new string('c', 64), 0, 7, Token, data, topic0, topics.ElementAtOrDefault(0), topics.ElementAtOrDefault(1), topics.ElementAtOrDefault(2));

    private static string Word(string address) => "0x" + new string('0', 24) + address[2..];

    private static string Word(BigInteger value) =>
        "0x" + Convert.ToHexStringLower(value.ToByteArray(isUnsigned: true, isBigEndian: true)).PadLeft(64, '0');

    private static string Words(params int[] values) => "0x" + string.Concat(values.Select(v => Word(v)[2..]));
}
