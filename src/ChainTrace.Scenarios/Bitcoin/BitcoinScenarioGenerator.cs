using System.Buffers.Binary;
using System.Security.Cryptography;
using ChainTrace.Bitcoin.Sources;
using ChainTrace.Scenarios.Bitcoin.AnswerKeys;
using ChainTrace.Scenarios.Bitcoin.Economy;
using ChainTrace.Scenarios.Bitcoin.Keys;
using ChainTrace.Scenarios.Bitcoin.Serialization;

namespace ChainTrace.Scenarios.Bitcoin;

/// <summary>
/// Generates a deterministic regtest Bitcoin chain with known ground truth: an economy of users, exchanges, a mining
/// pool, Whirlpool- and Wasabi-style CoinJoin coordinators and a ransomware operator with its victims, written as
/// Bitcoin Core <c>blk*.dat</c> files, with the answer key (who owns every address, why every transaction exists, how
/// much ransom reached each cash-out) and a TagPack of what public tags would know.
/// </summary>
/// <remarks>
/// <para>
/// Output under <see cref="BitcoinScenarioOptions.OutputDirectory"/>: <c>blocks/blk00000.dat …</c> (+ <c>xor.dat</c>
/// when obfuscated), <c>answer-key/addresses.csv</c>, <c>answer-key/transactions.csv</c>, <c>tags/scenario.yaml</c>,
/// and last <c>answer-key.json</c>, whose presence marks a complete scenario.
/// </para>
/// <para>
/// The blocks are consensus-valid in everything a chain reader checks — serialization, txids and wtxids, merkle roots,
/// BIP34 heights, BIP141 witness commitments, regtest proof of work, coinbase value and maturity, value conservation,
/// spends of existing unspent outputs only — but the signatures are well-formed placeholders over public keys that
/// are not curve points, so script validation is not claimed (a node would reject the blocks at script checks).
/// </para>
/// <para>
/// Memory is bounded by the live coin set of the actors, not by the chain: blocks, answer-key rows and addresses are
/// streamed to disk as they are made.
/// </para>
/// </remarks>
public sealed class BitcoinScenarioGenerator
{
    private readonly BitcoinScenarioOptions _options;
    private readonly TimeProvider _time;

    /// <summary>Creates a generator.</summary>
    /// <param name="options">What to generate.</param>
    /// <param name="time">Clock for the elapsed time only (never for content); the system clock when null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    /// <exception cref="ArgumentException">An option is invalid (see <see cref="BitcoinScenarioOptions.Validate"/>).</exception>
    public BitcoinScenarioGenerator(BitcoinScenarioOptions options, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        _options = options;
        _time = time ?? TimeProvider.System;
    }

    /// <summary>Generates the scenario.</summary>
    /// <param name="cancellationToken">Stops between blocks; the folder is then left without <c>answer-key.json</c>.</param>
    /// <returns>What was written.</returns>
    /// <exception cref="IOException">The folder already holds a scenario and <see cref="BitcoinScenarioOptions.Overwrite"/>
    /// is false, or writing failed.</exception>
    /// <exception cref="OperationCanceledException">Cancelled.</exception>
    public async Task<BitcoinScenarioSummary> GenerateAsync(CancellationToken cancellationToken = default)
    {
        var started = _time.GetTimestamp();
        var root = Path.GetFullPath(_options.OutputDirectory);
        var blocks = Path.Combine(root, "blocks");
        Prepare(root, blocks);

        var key = _options.Obfuscate ? XorKey(_options.Seed) : BlockFileXorKey.None;
        var plan = ScenarioPlan.From(_options);
        var entities = new EntityRegistry();
        await using var files = new BlkFileWriter(blocks, ChainTrace.Bitcoin.BitcoinNetwork.Regtest, _options.MaxBlockFileBytes, key);
        if (_options.Obfuscate)
        {
            await files.WriteKeyFileAsync(cancellationToken).ConfigureAwait(false);
        }

        await using var answerKey = new AnswerKeyWriter(root);
        var chain = new ChainWriter(files, answerKey, entities, _options.Seed);
        var economy = new Economy.Economy(plan, chain, _options.Seed, _options.StartTime);
        var progress = _options.Progress;
        await economy.RunAsync(
            progress is null ? null : _ => progress.Report(new BitcoinScenarioProgress(chain.BlockCount, chain.TransactionCount, plan.Transactions, chain.BytesWritten)),
            cancellationToken).ConfigureAwait(false);
        await files.DisposeAsync().ConfigureAwait(false);

        await TagPackWriter.WriteAsync(root, _options.Seed, _options.StartTime, PublicTags(chain, economy), cancellationToken).ConfigureAwait(false);
        var ledger = chain.Ledger;
        var accounting = new RansomAccounting(ledger.Paid, ledger.CashedOut, ledger.PaidToOthers, ledger.MinerFees, ledger.CoordinatorFees, economy.HeldRansom);
        await answerKey.CompleteAsync(
            new BitcoinAnswerKey
            {
                Format = BitcoinAnswerKey.CurrentFormat,
                Network = chain.Network.Name,
                Seed = _options.Seed,
                Blocks = chain.BlockCount,
                Transactions = chain.TransactionCount,
                Addresses = answerKey.AddressCount,
                BlocksDirectory = "blocks",
                AddressesFile = AnswerKeyWriter.AddressesFile,
                TransactionsFile = AnswerKeyWriter.TransactionsFile,
                TagPackFile = TagPackWriter.FileName,
                Entities = entities.All,
                RansomAddresses = answerKey.RansomAddresses,
                RansomPayments = answerKey.RansomPayments,
                CashOuts = answerKey.CashOuts,
                RansomOutflows = answerKey.RansomOutflows,
                RansomAccounting = accounting,
                Rules = Rules,
            },
            cancellationToken).ConfigureAwait(false);

        return new BitcoinScenarioSummary(
            root,
            blocks,
            [.. files.Files],
            chain.BlockCount,
            chain.TransactionCount,
            answerKey.AddressCount,
            files.TotalBytes,
            chain.TipHash.ToReversedHex(),
            answerKey.RansomPayments.Count,
            ledger.Paid,
            ledger.CashedOut,
            answerKey.CashOuts.Count,
            _time.GetElapsedTime(started));
    }

    /// <summary>The definitions behind the answer key's numbers, stored in <see cref="BitcoinAnswerKey.Rules"/>.</summary>
    internal static IReadOnlyDictionary<string, string> Rules { get; } = new Dictionary<string, string>
    {
        ["ransom_money"] =
            "Ransom money is created by a victim's payment to its ransom address. The operator has no other income, so every coin it holds is ransom money in full; it is followed exactly through the operator's transactions and stops being tracked when it leaves the operator: deposited at an exchange (cash-out), paid to anyone else (ransom outflow), paid to a CoinJoin coordinator (coordinator fee) or left as miner fee.",
        ["coinjoin"] =
            "In a CoinJoin round each participant's outputs are funded by that participant's own inputs: the operator's equal-value outputs and its change are ransom money in full; other participants' outputs carry none. The operator's share of the coordinator fee and of the miner fee is ransom money spent.",
        ["cash_out"] =
            "A cash-out is an operator transaction paying one exchange deposit address (issued to an operator account); ransom_value is the ransom money in that output. A peel hop whose peel is deposited is a cash-out (purpose cash_out, flow peel-N).",
        ["ransom_input"] = "transactions.csv ransom_input: satoshis of tracked ransom money among the transaction's inputs.",
        ["change_output"] =
            "transactions.csv change_output: the output that returns the rest of a payment to the spender (user payments, exchange withdrawals, peel remainders, TX0 change); empty when the spender pays nobody else (sweeps, consolidations) and for CoinJoin rounds.",
        ["accounting"] = "ransom_accounting: paid = cashed_out + paid_to_others + miner_fees + coordinator_fees + held.",
        ["signatures"] =
            "Public keys are hashes, not curve points, and signatures are well-formed placeholders (strict DER with SIGHASH_ALL, or 64-byte BIP340): serialization, txids, merkle roots, witness commitments, proof of work, value conservation and spend validity hold; script validation is not claimed.",
    };

    private void Prepare(string root, string blocks)
    {
        var existing = File.Exists(Path.Combine(root, AnswerKeyReader.FileName))
            || (Directory.Exists(blocks) && Directory.EnumerateFiles(blocks, "blk*.dat").Any());
        if (existing && !_options.Overwrite)
        {
            throw new IOException($"The folder '{root}' already holds a generated scenario; choose another folder or overwrite it.");
        }

        Directory.CreateDirectory(blocks);
        File.Delete(Path.Combine(root, AnswerKeyReader.FileName));
        if (Directory.Exists(blocks))
        {
            foreach (var file in Directory.EnumerateFiles(blocks, "blk*.dat"))
            {
                File.Delete(file);
            }

            File.Delete(Path.Combine(blocks, BlockFileXorKey.FileName));
        }

        foreach (var file in new[] { AnswerKeyWriter.AddressesFile, AnswerKeyWriter.TransactionsFile, TagPackWriter.FileName })
        {
            var path = Path.Combine(root, file);
            if (File.Exists(path))
            {
                File.Delete(path);
            }
        }
    }

    private static BlockFileXorKey XorKey(long seed)
    {
        Span<byte> material = stackalloc byte[32];
        "ChainTrace.Scenarios/xor.dat"u8.CopyTo(material);
        BinaryPrimitives.WriteInt64LittleEndian(material[24..], seed);
        Span<byte> digest = stackalloc byte[32];
        SHA256.HashData(material, digest);
        digest[0] |= 1;
        return new BlockFileXorKey(digest[..8]);
    }

    private static List<(string Address, string Label, string Category)> PublicTags(ChainWriter chain, Economy.Economy economy)
    {
        var tags = new List<(string Address, string Label, string Category)>();
        Span<byte> script = stackalloc byte[ScriptTemplates.MaxScriptLength];
        foreach (var exchange in economy.Exchanges)
        {
            foreach (var hot in exchange.HotAddresses)
            {
                if (chain.Addresses.IsEmitted(hot.Index))
                {
                    var length = ScriptTemplates.WriteScriptPubKey(chain.Keys, hot.Kind, hot.Index, script);
                    tags.Add((ScriptTemplates.AddressOf(hot.Kind, script[..length], chain.Network), chain.Entities[exchange.Entity].Id, "exchange"));
                }
            }
        }

        foreach (var fee in new[] { economy.Whirlpool.FeeAddress, economy.Wasabi.FeeAddress })
        {
            if (chain.Addresses.IsEmitted(fee.Index))
            {
                var length = ScriptTemplates.WriteScriptPubKey(chain.Keys, fee.Kind, fee.Index, script);
                tags.Add((ScriptTemplates.AddressOf(fee.Kind, script[..length], chain.Network), chain.Entities[fee.Owner].Id, "coinjoin"));
            }
        }

        return tags;
    }
}
