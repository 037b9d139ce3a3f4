using ChainTrace.Bitcoin;
using ChainTrace.Core;
using ChainTrace.Scenarios.Bitcoin.AnswerKeys;
using ChainTrace.Scenarios.Bitcoin.Keys;
using ChainTrace.Scenarios.Bitcoin.Serialization;

namespace ChainTrace.Scenarios.Bitcoin.Economy;

/// <summary>
/// Turns committed transactions into blocks and blocks into blk-file records: keeps the block being built (body, txids,
/// wtxids, fees, weight), writes the coinbase with subsidy plus fees and the witness commitment, computes the merkle
/// root, grinds the regtest proof of work, and records every transaction and first-paid address in the answer key.
/// </summary>
internal sealed class ChainWriter
{
    /// <summary>Blocks after which a coinbase output may be spent (100).</summary>
    public const int CoinbaseMaturity = 100;

    /// <summary>Regtest's halving interval in blocks (150).</summary>
    public const int HalvingInterval = 150;

    /// <summary>Header version of generated blocks (BIP9 top bits, no signalling).</summary>
    public const int BlockVersion = 0x20000000;

    /// <summary>Weight at which the economy stops filling a block (the BIP141 limit is 4,000,000).</summary>
    public const long FillWeight = 3_400_000;

    private readonly BlkFileWriter _files;
    private readonly ByteSink _body = new(1 << 20);
    private readonly ByteSink _txids = new(1 << 16);
    private readonly ByteSink _wtxids = new(1 << 16);
    private readonly ByteSink _record = new(1 << 20);
    private readonly ByteSink _coinbaseFull = new(256);
    private readonly ByteSink _coinbaseStripped = new(256);
    private byte[] _merkleScratch = new byte[1 << 16];
    private Hash256 _previous;

    /// <summary>Creates the writer over the scenario's shared state.</summary>
    public ChainWriter(BlkFileWriter files, AnswerKeyWriter answerKey, EntityRegistry entities, long seed)
    {
        _files = files;
        AnswerKey = answerKey;
        Entities = entities;
        Keys = new KeyDerivation(unchecked((ulong)seed));
        Signatures = new ScenarioRandom(unchecked((ulong)seed), "signatures");
        Builder = new TransactionBuilder(this);
    }

    /// <summary>The network (regtest).</summary>
    public BitcoinNetwork Network { get; } = BitcoinNetwork.Regtest;

    /// <summary>Per-address key material.</summary>
    public KeyDerivation Keys { get; }

    /// <summary>Address allocation and first-payment tracking.</summary>
    public AddressBook Addresses { get; } = new();

    /// <summary>The actors.</summary>
    public EntityRegistry Entities { get; }

    /// <summary>The answer key being written.</summary>
    public AnswerKeyWriter AnswerKey { get; }

    /// <summary>Where ransom money went.</summary>
    public RansomLedger Ledger { get; } = new();

    /// <summary>The ransomware operator's entity index (ransom tracking), or -1 before it exists.</summary>
    public int OperatorEntity { get; set; } = -1;

    /// <summary>Randomness for placeholder signatures (a stream of its own, so it never shifts the economy's choices).</summary>
    public ScenarioRandom Signatures { get; }

    /// <summary>The single, reused transaction builder.</summary>
    public TransactionBuilder Builder { get; }

    /// <summary>The height of the block being built (or last written, between blocks).</summary>
    public int Height { get; private set; }

    /// <summary>Header time of the block being built (Unix seconds).</summary>
    public uint Time { get; private set; }

    /// <summary>Blocks written, genesis included.</summary>
    public int BlockCount { get; private set; }

    /// <summary>Transactions written, coinbases included.</summary>
    public long TransactionCount { get; private set; }

    /// <summary>Non-coinbase transactions in the block being built.</summary>
    public int BlockTransactions { get; private set; }

    /// <summary>Weight of the block being built so far (header and coinbase not counted).</summary>
    public long BlockWeight { get; private set; }

    /// <summary>Hash of the last block written.</summary>
    public Hash256 TipHash => _previous;

    /// <summary>Bytes written to blk files.</summary>
    public long BytesWritten => _files.TotalBytes;

    /// <summary>Regtest block subsidy at <paramref name="height"/>: 50 BTC halved every 150 blocks.</summary>
    public static long Subsidy(int height)
    {
        var halvings = height / HalvingInterval;
        return halvings >= 64 ? 0 : 50_0000_0000L >> halvings;
    }

    /// <summary>Starts a new transaction in the block being built (the single builder is reset).</summary>
    public TransactionBuilder Begin(int version = 2, uint lockTime = 0) => Builder.Begin(version, lockTime);

    /// <summary>Writes the regtest genesis block (height 0) and its answer-key rows.</summary>
    public async Task WriteGenesisAsync(int minerEntity, CancellationToken cancellationToken)
    {
        var genesis = RegtestGenesis.Bytes();
        _record.Clear();
        _record.Append(BlkFileWriter.PrefixLength);
        _record.Write(genesis);
        await _files.WriteAsync(_record.WrittenMutableMemory, cancellationToken).ConfigureAwait(false);
        _previous = BitcoinHashes.DoubleSha256(genesis.AsSpan(0, 80));
        var script = Convert.FromHexString(RegtestGenesis.OutputScriptHex);
        Span<byte> payload = stackalloc byte[21];
        payload[0] = Network.PubKeyHashVersion;
        BitcoinHashes.Hash160(script.AsSpan(1, 65), payload[1..]);
        AnswerKey.WriteAddress(Base58.EncodeCheck(payload), Entities[minerEntity], AddressRoles.Genesis, null);
        AnswerKey.WriteTransaction(Hash256.ParseReversed(RegtestGenesis.CoinbaseTxidHex), 0, TransactionPurposes.Coinbase, Entities[minerEntity].Id, 0, -1, null);
        Height = 0;
        BlockCount = 1;
        TransactionCount = 1;
    }

    /// <summary>Starts block <paramref name="height"/> with header time <paramref name="time"/>.</summary>
    public void BeginBlock(int height, uint time)
    {
        Height = height;
        Time = time;
        _body.Clear();
        _txids.Clear();
        _wtxids.Clear();
        _txids.Append(32).Clear();
        _wtxids.Append(32).Clear();
        BlockTransactions = 0;
        BlockWeight = 0;
        BlockFees = 0;
    }

    /// <summary>Fees collected by the block being built, in satoshis.</summary>
    public long BlockFees { get; private set; }

    /// <summary>Called by the builder: appends a committed transaction to the block being built.</summary>
    internal void Append(ReadOnlySpan<byte> full, Hash256 txid, Hash256 wtxid, long weight, long fee)
    {
        _body.Write(full);
        txid.CopyTo(_txids.Append(32));
        wtxid.CopyTo(_wtxids.Append(32));
        BlockTransactions++;
        TransactionCount++;
        BlockWeight += weight;
        BlockFees += fee;
    }

    /// <summary>
    /// Finishes the block: writes the coinbase paying subsidy plus fees to <paramref name="miner"/>, the header with
    /// proof of work, and the blk record. Returns the coinbase's reward coin.
    /// </summary>
    public async Task<Coin> EndBlockAsync(AddressRef miner, CancellationToken cancellationToken)
    {
        var coinbase = AssembleBlock(miner);
        await _files.WriteAsync(_record.WrittenMutableMemory, cancellationToken).ConfigureAwait(false);
        return coinbase;
    }

    /// <summary>Builds the coinbase and header into the record buffer and records the block; returns the reward coin.</summary>
    private Coin AssembleBlock(AddressRef miner)
    {
        var count = BlockTransactions + 1;
        Span<byte> commitment = stackalloc byte[32];
        CoinbaseWriter.ComputeWitnessCommitment(_wtxids.Written, count, ref _merkleScratch, commitment);
        Span<byte> script = stackalloc byte[ScriptTemplates.MaxScriptLength];
        var scriptLength = ScriptTemplates.WriteScriptPubKey(Keys, miner.Kind, miner.Index, script);
        var reward = Subsidy(Height) + BlockFees;
        _coinbaseFull.Clear();
        CoinbaseWriter.Write(_coinbaseFull, _coinbaseStripped, Height, script[..scriptLength], reward, commitment);
        var coinbaseTxid = BitcoinHashes.DoubleSha256(_coinbaseStripped.Written);
        coinbaseTxid.CopyTo(_txids.WrittenMutable[..32]);

        _record.Clear();
        _record.Append(BlkFileWriter.PrefixLength);
        var header = _record.Append(80);
        System.Buffers.Binary.BinaryPrimitives.WriteInt32LittleEndian(header, BlockVersion);
        _previous.CopyTo(header[4..36]);
        MerkleRoot.Compute(_txids.Written, count, ref _merkleScratch, header[36..68]);
        System.Buffers.Binary.BinaryPrimitives.WriteUInt32LittleEndian(header[68..72], Time);
        System.Buffers.Binary.BinaryPrimitives.WriteUInt32LittleEndian(header[72..76], ProofOfWork.RegtestBits);
        Span<byte> hash = stackalloc byte[32];
        ProofOfWork.Grind(header, hash);
        _record.WriteCompactSize((ulong)count);
        _record.Write(_coinbaseFull.Written);
        _record.Write(_body.Written);

        _previous = new Hash256(hash);
        TransactionCount++;
        BlockCount++;
        if (Addresses.MarkEmitted(miner.Index))
        {
            AnswerKey.WriteAddress(ScriptTemplates.AddressOf(miner.Kind, script[..scriptLength], Network), Entities[miner.Owner], AddressRoles.Of(miner.Role), null);
        }

        AnswerKey.WriteTransaction(coinbaseTxid, Height, TransactionPurposes.Coinbase, Entities[miner.Owner].Id, 0, -1, null);
        return new Coin
        {
            Txid = coinbaseTxid,
            Value = reward,
            Address = miner.Index,
            Height = Height,
            Vout = 0,
            Kind = miner.Kind,
        };
    }
}
