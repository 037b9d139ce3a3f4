using ChainTrace.Core.Rows;
using ChainTrace.Ethereum.Decoding;
using ChainTrace.Ethereum.Hex;
using ChainTrace.Ethereum.Rpc;

namespace ChainTrace.Ethereum.Tests.Replay;

/// <summary>
/// Replays recorded <c>trace_block</c> (Parity) and <c>debug_traceBlockByNumber</c> (geth callTracer) answers over
/// HTTP and compares the flattened rows with the exporter's expected traces.
/// </summary>
public sealed class RecordedTracesTests
{
    public static TheoryData<string, long> Blocks => new()
    {
        { "block_with_create", 0xf44f2 },
        { "block_with_error", 0xf45bf },
        { "block_with_subtraces", 0xf4240 },
        { "block_with_suicide", 0xf7105 },
        { "block_without_transactions", 0 },
    };

    public static TheoryData<string, long> GethBlocks => new()
    {
        { "block_with_create", 0xf44f2 },
        { "block_with_error", 0xf45bf },
        { "block_with_subtraces", 0xf4240 },
        { "block_with_suicide", 0xf7105 },
        { "block_without_transactions", 1 },
    };

    [SharedDataTheory]
    [MemberData(nameof(Blocks))]
    public async Task ParityDecode_RecordedTraceBlock_MatchesExpectedTraces(string folder, long block)
    {
        var path = $"tests/resources/test_export_traces_job/{folder}";
        var rows = await ParityAsync(path, block);

        var expected = Expected.Csv($"{path}/expected_traces.csv");
        Assert.Equal(expected.Count, rows.Count);
        foreach (var (row, trace) in expected.Zip(rows))
        {
            AssertTrace(row, trace);
            Assert.Equal(row["transaction_hash"], trace.TransactionHash ?? string.Empty);
            Assert.Equal(row["status"], RecordedBlocksTests.Text(trace.Status));
        }
    }

    [SharedDataTheory]
    [MemberData(nameof(GethBlocks))]
    public async Task GethDecode_RecordedCallTracer_MatchesExpectedTraces(string folder, long block)
    {
        var path = $"tests/resources/test_extract_geth_traces_job/{folder}";
        await using var node = new RecordedNode(path);
        using var client = new JsonRpcClient(new JsonRpcClientOptions { Url = node.Url, MaxRetries = 0 });
        var context = new DecodeContext("debug_traceBlockByNumber", block, client.Endpoint.Display);

        var traces = await client.CallAsync(
            JsonRpcRequest.Create("debug_traceBlockByNumber", EthHex.FormatQuantity(block), new Dictionary<string, object?> { ["tracer"] = "callTracer" }),
            result => GethTraceDecoder.Decode(result, context, block)!);

        var expected = Expected.Csv($"{path}/expected_traces.csv");
        Assert.Equal(expected.Count, traces.Rows.Count);
        for (var i = 0; i < expected.Count; i++)
        {
            AssertTrace(expected[i], traces.Rows[i]);
            Assert.Equal(expected[i]["transaction_index"], RecordedBlocksTests.Text(traces.Positions[i]));
            Assert.Equal(expected[i]["error"].Length == 0 ? 1 : 0, traces.Rows[i].Status);
        }
    }

    [SharedDataFact]
    public async Task ParityDecode_FailedCall_KeepsErrorAndStatusZero()
    {
        var rows = await ParityAsync("tests/resources/test_export_traces_job/block_with_error", 0xf45bf);

        var failed = Assert.Single(rows, r => r.Status == 0);
        Assert.Equal("Out of gas", failed.Error);
        Assert.Equal("0xa2f089480e6fd907e786a88d928ba20feeca2ca37ffa84c2d54bae42f5d989c9", failed.TransactionHash);
        Assert.Equal(1_000_000_000_000_000_000, failed.Value);
    }

    [SharedDataTheory]
    [InlineData("blocks_2112234_2112234", 2112234)]
    [InlineData("blocks_508110_508110", 508110)]
    public async Task ParityDecode_StreamBlocks_MatchExpectedTracesJson(string folder, long block)
    {
        var path = $"tests/resources/test_stream/{folder}";
        var rows = await ParityAsync(path, block);

        var expected = Expected.JsonLines($"{path}/expected_traces.json", "trace");
        Assert.Equal(expected.Count, rows.Count);
        foreach (var (row, trace) in expected.Zip(rows))
        {
            Assert.Equal(Expected.Text(row, "transaction_hash"), trace.TransactionHash ?? string.Empty);
            Assert.Equal(Expected.Text(row, "from_address"), trace.FromAddress ?? string.Empty);
            Assert.Equal(Expected.Text(row, "to_address"), trace.ToAddress ?? string.Empty);
            Assert.Equal(Expected.Text(row, "value"), RecordedBlocksTests.Text(trace.Value));
            Assert.Equal(Expected.Text(row, "trace_type"), trace.TraceType);
            Assert.Equal(Expected.Text(row, "call_type"), trace.CallType ?? string.Empty);
            Assert.Equal(Expected.Text(row, "error"), trace.Error ?? string.Empty);
            Assert.Equal(Expected.Text(row, "status"), RecordedBlocksTests.Text(trace.Status));
            Assert.Equal(
                string.Join(',', row.GetProperty("trace_address").EnumerateArray().Select(e => e.GetRawText())),
                trace.TraceAddress);
        }
    }

    private static async Task<List<EthereumTraceRow>> ParityAsync(string path, long block)
    {
        await using var node = new RecordedNode(path);
        using var client = new JsonRpcClient(new JsonRpcClientOptions { Url = node.Url, MaxRetries = 0 });
        var context = new DecodeContext("trace_block", block, client.Endpoint.Display);
        var traces = await client.CallAsync(
            JsonRpcRequest.Create("trace_block", EthHex.FormatQuantity(block)),
            result => ParityTraceDecoder.Decode(result, context, block)!);
        Assert.Empty(node.Misses);
        return traces.Rows;
    }

    private static void AssertTrace(IReadOnlyDictionary<string, string> row, EthereumTraceRow trace)
    {
        Assert.Equal(row["block_number"], RecordedBlocksTests.Text(trace.BlockNumber));
        Assert.Equal(row["from_address"], trace.FromAddress ?? string.Empty);
        Assert.Equal(row["to_address"], trace.ToAddress ?? string.Empty);
        Assert.Equal(row["value"].Length == 0 ? "0" : row["value"], RecordedBlocksTests.Text(trace.Value));
        Assert.Equal(row["trace_type"], trace.TraceType);
        Assert.Equal(row["call_type"], trace.CallType ?? string.Empty);
        Assert.Equal(row["trace_address"], trace.TraceAddress);
        Assert.Equal(row["error"], trace.Error ?? string.Empty);
    }
}
