using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace ChainTrace.Testing.Ethereum;

/// <summary>
/// A synthetic Ethereum chain served as JSON-RPC answers: each block has <see cref="TransactionsPerBlock"/> value
/// transfers (the first also emits an ERC-20 Transfer log and an internal call in its trace). Hashes depend on the
/// fork tag, so <see cref="Reorg"/> replaces blocks from a height with different ones. Thread-safe.
/// </summary>
public sealed class FakeChain
{
    /// <summary>The token contract of the synthetic ERC-20 logs.</summary>
    public const string Token = "0x00000000000000000000000000000000000000e2";

    private readonly List<string> _forks = [];
    private readonly Lock _gate = new();

    /// <summary>Creates a chain of blocks 0 … <paramref name="tip"/>.</summary>
    public FakeChain(long tip, int transactionsPerBlock = 2)
    {
        TransactionsPerBlock = transactionsPerBlock;
        for (var i = 0; i <= tip; i++)
        {
            _forks.Add("main");
        }
    }

    /// <summary>Transactions in every block except the genesis.</summary>
    public int TransactionsPerBlock { get; }

    /// <summary>The latest block number.</summary>
    public long Tip
    {
        get
        {
            lock (_gate)
            {
                return _forks.Count - 1;
            }
        }
    }

    /// <summary>Adds <paramref name="count"/> blocks on the current fork.</summary>
    public void Extend(int count)
    {
        lock (_gate)
        {
            var fork = _forks[^1];
            for (var i = 0; i < count; i++)
            {
                _forks.Add(fork);
            }
        }
    }

    /// <summary>Replaces blocks from <paramref name="height"/> on (keeping the tip) with blocks of fork <paramref name="fork"/>.</summary>
    public void Reorg(long height, string fork)
    {
        lock (_gate)
        {
            for (var i = (int)height; i < _forks.Count; i++)
            {
                _forks[i] = fork;
            }
        }
    }

    /// <summary>The hash of block <paramref name="number"/> on the current chain.</summary>
    public string HashOf(long number)
    {
        lock (_gate)
        {
            return Hash("block", _forks[(int)number], number);
        }
    }

    /// <summary>Answers one JSON-RPC call like a node with <c>trace_block</c> and <c>eth_getBlockReceipts</c>.</summary>
    public RpcAnswer Answer(string method, JsonElement parameters)
    {
        lock (_gate)
        {
            long Block() => long.Parse(parameters[0].GetString()!.AsSpan(2), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
            return method switch
            {
                "eth_blockNumber" => RpcAnswer.Result($"\"0x{(_forks.Count - 1):x}\""),
                "eth_chainId" => RpcAnswer.Result("\"0x1\""),
                "eth_getBlockByNumber" => RpcAnswer.Result(Block() < _forks.Count ? BlockJson(Block(), parameters[1].GetBoolean()) : "null"),
                "eth_getBlockReceipts" => RpcAnswer.Result(Block() < _forks.Count ? ReceiptsJson(Block()) : "null"),
                "trace_block" => RpcAnswer.Result(Block() < _forks.Count ? TracesJson(Block()) : "null"),
                _ => RpcAnswer.MethodNotFound(),
            };
        }
    }

    /// <summary>The sender of transaction <paramref name="index"/> in any block.</summary>
    public static string Sender(int index) => Address("from", index);

    /// <summary>The recipient of transaction <paramref name="index"/> of block <paramref name="number"/>.</summary>
    public static string Recipient(long number, int index) => Address($"to{number}", index);

    /// <summary>The wei value of transaction <paramref name="index"/> of block <paramref name="number"/>: above 2^64 to test exactness.</summary>
    public static string ValueHex(long number, int index) => $"0x{(number + 1):x}{index:x8}0000000000000000";

    private string BlockJson(long number, bool full)
    {
        var fork = _forks[(int)number];
        var hash = Hash("block", fork, number);
        var parent = number == 0 ? "0x" + new string('0', 64) : Hash("block", _forks[(int)number - 1], number - 1);
        var txs = Enumerable.Range(0, number == 0 ? 0 : TransactionsPerBlock).Select(i => full
            ? $$"""{"hash":"{{TxHash(fork, number, i)}}","blockHash":"{{hash}}","blockNumber":"0x{{number:x}}","transactionIndex":"0x{{i:x}}","nonce":"0x{{number:x}}","from":"{{Sender(i)}}","to":"{{Recipient(number, i)}}","value":"{{ValueHex(number, i)}}","gas":"0x5208","gasPrice":"0x3b9aca00","input":"0x","type":"0x2"}"""
            : $"\"{TxHash(fork, number, i)}\"");
        return $$"""{"number":"0x{{number:x}}","hash":"{{hash}}","parentHash":"{{parent}}","timestamp":"0x{{1_700_000_000 + (number * 12):x}}","miner":"{{Address("miner", 0)}}","gasLimit":"0x1c9c380","gasUsed":"0x{{21000 * TransactionsPerBlock:x}}","baseFeePerGas":"0x3b9aca00","transactions":[{{string.Join(',', txs)}}]}""";
    }

    private string ReceiptsJson(long number)
    {
        var fork = _forks[(int)number];
        var hash = Hash("block", fork, number);
        var receipts = Enumerable.Range(0, number == 0 ? 0 : TransactionsPerBlock).Select(i =>
        {
            var tx = TxHash(fork, number, i);
            var logs = i == 0
                ? $$"""[{"address":"{{Token}}","topics":["0xddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef","0x000000000000000000000000{{Sender(0)[2..]}}","0x000000000000000000000000{{Recipient(number, 0)[2..]}}"],"data":"0x{{number + 1000:x64}}","blockNumber":"0x{{number:x}}","transactionHash":"{{tx}}","transactionIndex":"0x0","blockHash":"{{hash}}","logIndex":"0x0","removed":false}]"""
                : "[]";
            return $$"""{"transactionHash":"{{tx}}","transactionIndex":"0x{{i:x}}","blockHash":"{{hash}}","blockNumber":"0x{{number:x}}","status":"0x1","gasUsed":"0x5208","effectiveGasPrice":"0x3b9aca00","contractAddress":null,"logs":{{logs}}}""";
        }).Reverse();
        return $"[{string.Join(',', receipts)}]";
    }

    private string TracesJson(long number)
    {
        var fork = _forks[(int)number];
        var hash = Hash("block", fork, number);
        var traces = new List<string>();
        for (var i = 0; i < (number == 0 ? 0 : TransactionsPerBlock); i++)
        {
            var tx = TxHash(fork, number, i);
            traces.Add($$"""{"action":{"callType":"call","from":"{{Sender(i)}}","to":"{{Recipient(number, i)}}","value":"{{ValueHex(number, i)}}","gas":"0x0","input":"0x"},"blockHash":"{{hash}}","blockNumber":{{number}},"result":{"gasUsed":"0x0","output":"0x"},"subtraces":{{(i == 0 ? 1 : 0)}},"traceAddress":[],"transactionHash":"{{tx}}","transactionPosition":{{i}},"type":"call"}""");
            if (i == 0)
            {
                traces.Add($$"""{"action":{"callType":"call","from":"{{Recipient(number, 0)}}","to":"{{Address("inner", 0)}}","value":"0x7","gas":"0x0","input":"0x"},"blockHash":"{{hash}}","blockNumber":{{number}},"result":{"gasUsed":"0x0","output":"0x"},"subtraces":0,"traceAddress":[0],"transactionHash":"{{tx}}","transactionPosition":0,"type":"call"}""");
            }
        }

        return $"[{string.Join(',', traces)}]";
    }

    private static string TxHash(string fork, long number, int index) => Hash($"tx{index}", fork, number);

    private static string Hash(string kind, string fork, long number) =>
        "0x" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{kind}/{fork}/{number}"))));

    private static string Address(string kind, int index) =>
        "0x" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{kind}/{index}"))))[..40];
}
