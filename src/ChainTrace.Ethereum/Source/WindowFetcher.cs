using System.Globalization;
using System.Text.Json;
using ChainTrace.Core;
using ChainTrace.Ethereum.Decoding;
using ChainTrace.Ethereum.Rpc;

namespace ChainTrace.Ethereum.Source;

/// <summary>
/// Fetches one window of consecutive blocks: blocks, receipts and traces in one batch (split by the client at its
/// batch size), per-transaction receipts where block receipts are missing, then joins and cross-checks them.
/// </summary>
internal sealed class WindowFetcher(JsonRpcClient client)
{
    private string Node => client.Endpoint.Display;

    /// <exception cref="InconsistentAnswerException">Answers disagree or a block is missing (the chain moved).</exception>
    /// <exception cref="ChainDataException">An answer is malformed.</exception>
    /// <exception cref="ChainSourceException">The node failed or answered with an error.</exception>
    public async Task<EthereumBlockData[]> FetchAsync(
        long from, int count, ReceiptMode receipts, TraceMode traces, CancellationToken cancellationToken)
    {
        var numbers = Enumerable.Range(0, count).Select(i => from + i).ToArray();
        var traced = traces is TraceMode.Parity or TraceMode.Geth ? numbers.Where(n => n > 0).ToArray() : [];
        var withReceipts = receipts == ReceiptMode.BlockReceipts;

        // One batch for the whole window (blocks, then receipts, then traces): each HTTP request in flight carries
        // a share of the expensive block calls, as a plain block fetch would.
        var requests = new List<JsonRpcRequest>(count * 3);
        requests.AddRange(numbers.Select(n => RpcRequests.Block(n, full: true)));
        if (withReceipts)
        {
            requests.AddRange(numbers.Select(RpcRequests.BlockReceipts));
        }

        requests.AddRange(traced.Select(n => traces == TraceMode.Parity ? RpcRequests.ParityTraces(n) : RpcRequests.GethTraces(n)));
        var receiptsAt = count;
        var tracesAt = withReceipts ? 2 * count : count;
        var answers = await client.BatchAsync(
            requests,
            (i, r) => i < receiptsAt ? (object?)DecodeBlock(numbers[i], r)
                : i < tracesAt ? DecodeReceipts(numbers[i - receiptsAt], r)
                : DecodeTraces(traces, traced[i - tracesAt], r),
            cancellationToken);
        var blocks = answers[..count].Cast<DecodedBlock?>().ToArray();
        var blockReceipts = withReceipts ? answers[receiptsAt..tracesAt].Cast<List<DecodedReceipt>?>().ToArray() : new List<DecodedReceipt>?[count];
        var traceAnswers = answers[tracesAt..].Cast<DecodedTraces?>().ToArray();
        for (var i = 0; i < count; i++)
        {
            var block = blocks[i] ?? throw new InconsistentAnswerException(
                string.Create(CultureInfo.InvariantCulture, $"The node at {Node} has no block {numbers[i]}."), numbers[i]);
            if (block.Block.Number != numbers[i])
            {
                throw new ChainDataException(
                    string.Create(CultureInfo.InvariantCulture, $"The node answered a request for block {numbers[i]} with block {block.Block.Number}."),
                    new DataLocation(Height: numbers[i], Source: $"eth_getBlockByNumber from {Node}"));
            }

            if (i > 0 && block.Block.ParentHash != blocks[i - 1]!.Block.Hash)
            {
                throw new InconsistentAnswerException(
                    string.Create(CultureInfo.InvariantCulture, $"Block {numbers[i]} does not follow block {numbers[i - 1]} (the chain reorganised during the fetch)."),
                    numbers[i]);
            }
        }

        await FillMissingReceiptsAsync(blocks!, blockReceipts, cancellationToken);
        var traceByBlock = new Dictionary<long, DecodedTraces?>();
        for (var i = 0; i < traced.Length; i++)
        {
            traceByBlock[traced[i]] = traceAnswers[i];
        }

        var result = new EthereumBlockData[count];
        for (var i = 0; i < count; i++)
        {
            DecodedTraces? blockTraces = null;
            if (traceByBlock.TryGetValue(numbers[i], out var found))
            {
                blockTraces = found ?? throw new InconsistentAnswerException(
                    string.Create(CultureInfo.InvariantCulture, $"The node at {Node} has no traces of block {numbers[i]}."), numbers[i]);
            }

            result[i] = BlockAssembler.Assemble(blocks[i]!, blockReceipts[i]!, blockTraces);
        }

        return result;
    }

    private DecodedBlock? DecodeBlock(long number, JsonRpcResponse response) =>
        BlockDecoder.Decode(Result(response, "eth_getBlockByNumber", number), Context("eth_getBlockByNumber", number));

    private List<DecodedReceipt>? DecodeReceipts(long number, JsonRpcResponse response) =>
        response.IsError ? null : ReceiptDecoder.DecodeMany(response.Result, Context("eth_getBlockReceipts", number), number);

    private DecodedTraces? DecodeTraces(TraceMode mode, long number, JsonRpcResponse response)
    {
        var method = mode == TraceMode.Parity ? "trace_block" : "debug_traceBlockByNumber";
        var result = Result(response, method, number);
        return mode == TraceMode.Parity
            ? ParityTraceDecoder.Decode(result, Context(method, number), number)
            : GethTraceDecoder.Decode(result, Context(method, number), number);
    }

    private async Task FillMissingReceiptsAsync(
        DecodedBlock?[] blocks, List<DecodedReceipt>?[] receipts, CancellationToken cancellationToken)
    {
        var wanted = new List<(int Block, int Tx, string Hash)>();
        for (var i = 0; i < blocks.Length; i++)
        {
            if (receipts[i] is not null)
            {
                continue;
            }

            foreach (var tx in blocks[i]!.Transactions)
            {
                wanted.Add((i, tx.Index, tx.Hash));
            }

            receipts[i] = new List<DecodedReceipt>(blocks[i]!.Transactions.Count);
        }

        if (wanted.Count == 0)
        {
            return;
        }

        var fetched = await client.BatchAsync(
            [.. wanted.Select(w => RpcRequests.TransactionReceipt(w.Hash))],
            (i, r) =>
            {
                var number = blocks[wanted[i].Block]!.Block.Number;
                return ReceiptDecoder.DecodeSingle(
                    Result(r, "eth_getTransactionReceipt", number), Context("eth_getTransactionReceipt", number), number);
            },
            cancellationToken);
        for (var i = 0; i < wanted.Count; i++)
        {
            var block = blocks[wanted[i].Block]!.Block;
            var receipt = fetched[i] ?? throw new InconsistentAnswerException(
                $"The node at {Node} has no receipt for transaction {wanted[i].Hash} of block {block.Number.ToString(CultureInfo.InvariantCulture)}.",
                block.Number);
            receipts[wanted[i].Block]!.Add(receipt);
        }
    }

    private JsonElement Result(JsonRpcResponse response, string method, long block) =>
        response.Error is { } error
            ? throw new ChainSourceException(
                string.Create(CultureInfo.InvariantCulture, $"The Ethereum node at {Node} answered {method} for block {block} with error {error}."),
                isTransient: false)
            : response.Result;

    private DecodeContext Context(string method, long block) => new(method, block, Node);
}
