using System.Globalization;
using ChainTrace.Bitcoin;
using ChainTrace.Core;
using ChainTrace.Scenarios.Bitcoin.AnswerKeys;
using ChainTrace.Scenarios.Bitcoin.Keys;
using ChainTrace.Scenarios.Bitcoin.Serialization;

namespace ChainTrace.Scenarios.Bitcoin.Economy;

/// <summary>
/// Builds one transaction at a time and commits it to the block being built: exact consensus serialization (segwit
/// marker, flag and witnesses when any input needs them), txid = double SHA-256 of the serialization without witness,
/// wtxid of the full one, exact virtual size for fee calculation, value and ransom checks, answer-key rows.
/// </summary>
/// <remarks>
/// Ransom tracking: an output to a <see cref="AddressRole.Ransom"/> address creates ransom money (a victim's payment);
/// ransom carried by outputs to the operator stays tracked in the created coin; ransom carried to a deposit address is
/// a cash-out, to a coordinator fee address a coordinator fee, to anyone else a payment to others (the created coin
/// then carries none); ransom of the inputs not carried by any output paid the miner fee.
/// </remarks>
internal sealed class TransactionBuilder
{
    private readonly ChainWriter _chain;
    private readonly List<Coin> _inputs = [];
    private readonly List<uint> _sequences = [];
    private readonly List<PendingOutput> _outputs = [];
    private readonly ByteSink _nullData = new(256);
    private readonly ByteSink _stripped = new(1 << 16);
    private readonly ByteSink _full = new(1 << 16);
    private readonly ByteSink _scripts = new(1 << 12);
    private byte[] _publicKeys = new byte[64 * KeyDerivation.PublicKeyLength];
    private Coin[] _created = new Coin[64];
    private int _version;
    private uint _lockTime;
    private int _inputBytes;
    private int _outputBytes;
    private int _witnessBytes;
    private bool _hasWitness;

    /// <summary>Creates the builder for <paramref name="chain"/>.</summary>
    public TransactionBuilder(ChainWriter chain)
    {
        _chain = chain;
    }

    /// <summary>Sum of the input values, in satoshis.</summary>
    public long InputValue { get; private set; }

    /// <summary>Sum of the output values, in satoshis.</summary>
    public long OutputValue { get; private set; }

    /// <summary>Tracked ransom money among the inputs, in satoshis.</summary>
    public long InputRansom { get; private set; }

    /// <summary>Inputs added.</summary>
    public int InputCount => _inputs.Count;

    /// <summary>Outputs added.</summary>
    public int OutputCount => _outputs.Count;

    /// <summary>The txid of the last committed transaction.</summary>
    public Hash256 LastTxid { get; private set; }

    /// <summary>The full serialization of the last committed transaction (valid until the next <see cref="Begin"/>).</summary>
    internal ReadOnlySpan<byte> LastSerialization => _hasWitness ? _full.Written : _stripped.Written;

    /// <summary>The input coins added so far, in order.</summary>
    public IReadOnlyList<Coin> Inputs => _inputs;

    /// <summary>Starts a new transaction (discarding any uncommitted one).</summary>
    public TransactionBuilder Begin(int version = 2, uint lockTime = 0)
    {
        _inputs.Clear();
        _sequences.Clear();
        _outputs.Clear();
        _nullData.Clear();
        _version = version;
        _lockTime = lockTime;
        _inputBytes = 0;
        _outputBytes = 0;
        _witnessBytes = 0;
        _hasWitness = false;
        InputValue = 0;
        OutputValue = 0;
        InputRansom = 0;
        return this;
    }

    /// <summary>Adds an input spending <paramref name="coin"/>.</summary>
    public void AddInput(in Coin coin, uint sequence = 0xfffffffd)
    {
        _inputs.Add(coin);
        _sequences.Add(sequence);
        var scriptSig = SpendData.ScriptSigLength(coin.Kind);
        _inputBytes += 36 + ByteSink.CompactSizeLength((ulong)scriptSig) + scriptSig + 4;
        _witnessBytes += SpendData.WitnessLength(coin.Kind);
        _hasWitness |= SpendData.HasWitness(coin.Kind);
        InputValue += coin.Value;
        InputRansom += coin.Ransom;
    }

    /// <summary>Adds an output paying <paramref name="value"/> satoshis to <paramref name="address"/>; returns its index.</summary>
    /// <param name="value">Satoshis.</param>
    /// <param name="address">The payee.</param>
    /// <param name="ransom">Satoshis of the value that are tracked ransom money (see the class remarks).</param>
    /// <param name="isChange">True for the spender's change output (recorded in the answer key).</param>
    public int AddOutput(long value, AddressRef address, long ransom = 0, bool isChange = false)
    {
        if (value < 0 || ransom < 0 || ransom > value)
        {
            throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture, $"Invalid output value {value} (ransom {ransom})."));
        }

        _outputs.Add(new PendingOutput(value, ransom, address, -1, 0, isChange));
        _outputBytes += OutputSize(address.Kind);
        OutputValue += value;
        return _outputs.Count - 1;
    }

    /// <summary>Adds a zero-value OP_RETURN output carrying <paramref name="data"/> (at most 75 bytes).</summary>
    public void AddNullData(ReadOnlySpan<byte> data)
    {
        if (data.Length > 75)
        {
            throw new InvalidOperationException("OP_RETURN data longer than 75 bytes needs OP_PUSHDATA1, which this builder does not write.");
        }

        var offset = _nullData.Length;
        _nullData.WriteByte(0x6a);
        _nullData.WriteByte((byte)data.Length);
        _nullData.Write(data);
        _outputs.Add(new PendingOutput(0, 0, default, offset, data.Length + 2, false));
        _outputBytes += 8 + 1 + data.Length + 2;
    }

    /// <summary>The serialized size of an output paying <paramref name="kind"/>.</summary>
    public static int OutputSize(AddressKind kind) => 8 + 1 + ScriptTemplates.ScriptLength(kind);

    /// <summary>The exact virtual size (vbytes) of the transaction as built, plus optional extra outputs of a kind.</summary>
    public int VirtualSize(int extraOutputs = 0, AddressKind extraKind = AddressKind.P2wpkh)
    {
        var outputs = _outputs.Count + extraOutputs;
        var stripped = 4 + 4 + ByteSink.CompactSizeLength((ulong)_inputs.Count) + _inputBytes
            + ByteSink.CompactSizeLength((ulong)outputs) + _outputBytes + (extraOutputs * OutputSize(extraKind));
        var weight = (long)stripped * 4;
        if (_hasWitness)
        {
            weight += 2 + _witnessBytes;
        }

        return (int)((weight + 3) / 4);
    }

    /// <summary>The fee at <paramref name="feeRate"/> sat/vB for the size with <paramref name="extraOutputs"/> more outputs.</summary>
    public long Fee(int feeRate, int extraOutputs = 0, AddressKind extraKind = AddressKind.P2wpkh) =>
        (long)feeRate * VirtualSize(extraOutputs, extraKind);

    /// <summary>Shuffles the outputs (the change flag moves with its output).</summary>
    public void ShuffleOutputs(ScenarioRandom random)
    {
        var span = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_outputs);
        random.Shuffle(span);
    }

    /// <summary>Shuffles the inputs.</summary>
    public void ShuffleInputs(ScenarioRandom random)
    {
        for (var i = _inputs.Count - 1; i > 0; i--)
        {
            var j = random.Next(i + 1);
            (_inputs[i], _inputs[j]) = (_inputs[j], _inputs[i]);
            (_sequences[i], _sequences[j]) = (_sequences[j], _sequences[i]);
        }
    }

    /// <summary>The payee of output <paramref name="index"/> (for callers that shuffled).</summary>
    public AddressRef OutputAddress(int index) => _outputs[index].Address;

    /// <summary>
    /// Serializes the transaction into the current block and writes its answer-key rows. Returns the created coins by
    /// output index (OP_RETURN outputs give a coin with address -1); valid until the next commit.
    /// </summary>
    /// <param name="purpose">A <see cref="TransactionPurposes"/> value.</param>
    /// <param name="entity">Who made it (entity index).</param>
    /// <param name="flowId">Answer-key flow id, or null.</param>
    /// <param name="cashOutRoute">For cash-outs, how the deposited money got there.</param>
    /// <exception cref="InvalidOperationException">The transaction is invalid (a generator bug, never bad input).</exception>
    public ReadOnlySpan<Coin> Commit(string purpose, int entity, string? flowId = null, string? cashOutRoute = null)
    {
        Validate();
        _stripped.Clear();
        _scripts.Clear();
        _stripped.WriteInt32(_version);
        WriteInputs();
        WriteOutputs();
        var middleEnd = _stripped.Length;
        _stripped.WriteUInt32(_lockTime);
        var txid = BitcoinHashes.DoubleSha256(_stripped.Written);
        var wtxid = txid;
        ReadOnlySpan<byte> full = _stripped.Written;
        if (_hasWitness)
        {
            _full.Clear();
            _full.WriteInt32(_version);
            _full.WriteByte(0);
            _full.WriteByte(1);
            _full.Write(_stripped.Written[4..middleEnd]);
            for (var i = 0; i < _inputs.Count; i++)
            {
                var publicKey = _publicKeys.AsSpan(i * KeyDerivation.PublicKeyLength, KeyDerivation.PublicKeyLength);
                SpendData.WriteWitness(_full, publicKey, _inputs[i].Kind, _chain.Signatures);
            }

            _full.WriteUInt32(_lockTime);
            full = _full.Written;
            wtxid = BitcoinHashes.DoubleSha256(full);
        }

        var weight = ((long)_stripped.Length * 3) + full.Length;
        _chain.Append(full, txid, wtxid, weight, InputValue - OutputValue);
        LastTxid = txid;
        return Record(txid, purpose, entity, flowId, cashOutRoute);
    }

    private void Validate()
    {
        if (_inputs.Count == 0 || _outputs.Count == 0)
        {
            throw new InvalidOperationException("A transaction needs at least one input and one output.");
        }

        if (OutputValue > InputValue)
        {
            throw new InvalidOperationException(string.Create(
                CultureInfo.InvariantCulture, $"Outputs ({OutputValue}) exceed inputs ({InputValue})."));
        }

        if (_outputs.Count > ushort.MaxValue)
        {
            throw new InvalidOperationException("Too many outputs.");
        }

        long carried = 0;
        foreach (var output in _outputs)
        {
            if (output.NullDataOffset >= 0 || output.Address.Role != AddressRole.Ransom)
            {
                carried += output.Ransom;
            }
        }

        if (carried > InputRansom)
        {
            throw new InvalidOperationException(string.Create(
                CultureInfo.InvariantCulture, $"Outputs carry {carried} ransom satoshis but the inputs hold {InputRansom}."));
        }
    }

    private void WriteInputs()
    {
        _stripped.WriteCompactSize((ulong)_inputs.Count);
        if (_publicKeys.Length < _inputs.Count * KeyDerivation.PublicKeyLength)
        {
            _publicKeys = new byte[_inputs.Count * 2 * KeyDerivation.PublicKeyLength];
        }

        for (var i = 0; i < _inputs.Count; i++)
        {
            var coin = _inputs[i];
            var publicKey = _publicKeys.AsSpan(i * KeyDerivation.PublicKeyLength, KeyDerivation.PublicKeyLength);
            if (coin.Kind != AddressKind.P2tr)
            {
                _chain.Keys.PublicKey(coin.Address, publicKey);
            }

            coin.Txid.CopyTo(_stripped.Append(32));
            _stripped.WriteUInt32(coin.Vout);
            SpendData.WriteScriptSig(_stripped, publicKey, coin.Kind, _chain.Signatures);
            _stripped.WriteUInt32(_sequences[i]);
        }
    }

    private void WriteOutputs()
    {
        _stripped.WriteCompactSize((ulong)_outputs.Count);
        foreach (var output in _outputs)
        {
            _stripped.WriteInt64(output.Value);
            if (output.NullDataOffset >= 0)
            {
                _stripped.WriteVarBytes(_nullData.Written.Slice(output.NullDataOffset, output.NullDataLength));
                continue;
            }

            var length = ScriptTemplates.ScriptLength(output.Address.Kind);
            _stripped.WriteByte((byte)length);
            var script = _stripped.Append(length);
            ScriptTemplates.WriteScriptPubKey(_chain.Keys, output.Address.Kind, output.Address.Index, script);
            _scripts.Write(script);
        }
    }

    private ReadOnlySpan<Coin> Record(Hash256 txid, string purpose, int entity, string? flowId, string? cashOutRoute)
    {
        if (_created.Length < _outputs.Count)
        {
            _created = new Coin[Math.Max(_outputs.Count, _created.Length * 2)];
        }

        var height = _chain.Height;
        var answerKey = _chain.AnswerKey;
        var entities = _chain.Entities;
        var ledger = _chain.Ledger;
        var change = -1;
        long carried = 0;
        var scriptOffset = 0;
        for (var i = 0; i < _outputs.Count; i++)
        {
            var output = _outputs[i];
            if (output.NullDataOffset >= 0)
            {
                _created[i] = new Coin { Txid = txid, Vout = (ushort)i, Address = -1, Height = height };
                continue;
            }

            var address = output.Address;
            var length = ScriptTemplates.ScriptLength(address.Kind);
            var script = _scripts.Written.Slice(scriptOffset, length);
            scriptOffset += length;
            string? text = null;
            if (_chain.Addresses.MarkEmitted(address.Index))
            {
                text = ScriptTemplates.AddressOf(address.Kind, script, _chain.Network);
                answerKey.WriteAddress(text, entities[address.Owner], AddressRoles.Of(address.Role), address.Customer >= 0 ? entities[address.Customer] : null);
            }

            if (output.IsChange)
            {
                change = i;
            }

            var ransom = output.Ransom;
            if (address.Role == AddressRole.Ransom)
            {
                ransom = output.Value;
                ledger.Paid += output.Value;
                text ??= ScriptTemplates.AddressOf(address.Kind, script, _chain.Network);
                var victim = entities[entity].Id;
                answerKey.RansomAddresses.Add(text);
                answerKey.RansomPayments.Add(new RansomPayment(Display(txid), height, victim, text, output.Value));
            }
            else if (ransom > 0)
            {
                carried += ransom;
                if (address.Owner != _chain.OperatorEntity)
                {
                    text ??= ScriptTemplates.AddressOf(address.Kind, script, _chain.Network);
                    ledger.RecordLeaving(answerKey, Display(txid), height, address.Role, entities[address.Owner].Id, text, output.Value, ransom, cashOutRoute);
                    ransom = 0;
                }
            }

            _created[i] = new Coin
            {
                Txid = txid,
                Value = output.Value,
                Ransom = ransom,
                Address = address.Index,
                Height = height,
                Vout = (ushort)i,
                Kind = address.Kind,
            };
        }

        ledger.MinerFees += InputRansom - carried;
        answerKey.WriteTransaction(txid, height, purpose, entities[entity].Id, InputRansom, change, flowId);
        return _created.AsSpan(0, _outputs.Count);
    }

    private static string Display(Hash256 txid) => txid.ToReversedHex();
}
