using System.Globalization;
using System.Text;
using System.Text.Json;
using ChainTrace.Core;

namespace ChainTrace.Scenarios.Bitcoin.AnswerKeys;

/// <summary>
/// Streams the answer key's two CSV files while the chain is generated (one address row when an address is first paid,
/// one transaction row per transaction) and writes <c>answer-key.json</c> at the end. Memory stays bounded: rows go
/// straight to the files; only the ransom-related lists, which scale with the number of victims, are kept.
/// </summary>
internal sealed class AnswerKeyWriter : IAsyncDisposable
{
    /// <summary>Address CSV path relative to the scenario folder.</summary>
    public const string AddressesFile = "answer-key/addresses.csv";

    /// <summary>Transaction CSV path relative to the scenario folder.</summary>
    public const string TransactionsFile = "answer-key/transactions.csv";

    /// <summary>Header line of the address CSV.</summary>
    public const string AddressesHeader = "address,entity_id,entity_type,role,customer_entity_id";

    /// <summary>Header line of the transaction CSV.</summary>
    public const string TransactionsHeader = "txid,block_number,purpose,entity_id,ransom_input,change_output,flow_id";

    private readonly string _directory;
    private readonly StreamWriter _addresses;
    private readonly StreamWriter _transactions;
    private readonly char[] _line = new char[512];

    /// <summary>Creates the CSV files under <paramref name="scenarioDirectory"/> and writes their headers.</summary>
    public AnswerKeyWriter(string scenarioDirectory)
    {
        _directory = scenarioDirectory;
        Directory.CreateDirectory(Path.Combine(scenarioDirectory, "answer-key"));
        _addresses = Create(Path.Combine(scenarioDirectory, AddressesFile));
        _transactions = Create(Path.Combine(scenarioDirectory, TransactionsFile));
        _addresses.Write(AddressesHeader);
        _addresses.Write('\n');
        _transactions.Write(TransactionsHeader);
        _transactions.Write('\n');
    }

    /// <summary>Rows written to the address CSV.</summary>
    public long AddressCount { get; private set; }

    /// <summary>Rows written to the transaction CSV.</summary>
    public long TransactionCount { get; private set; }

    /// <summary>Ransom addresses in payment order.</summary>
    public List<string> RansomAddresses { get; } = [];

    /// <summary>Ransom payments in chain order.</summary>
    public List<RansomPayment> RansomPayments { get; } = [];

    /// <summary>Cash-outs in chain order.</summary>
    public List<CashOut> CashOuts { get; } = [];

    /// <summary>Ransom paid to non-exchange recipients, in chain order.</summary>
    public List<RansomOutflow> RansomOutflows { get; } = [];

    /// <summary>Appends an address row.</summary>
    public void WriteAddress(string address, ScenarioEntity owner, string role, ScenarioEntity? customer)
    {
        _addresses.Write(address);
        _addresses.Write(',');
        _addresses.Write(owner.Id);
        _addresses.Write(',');
        _addresses.Write(owner.Type);
        _addresses.Write(',');
        _addresses.Write(role);
        _addresses.Write(',');
        if (customer is not null)
        {
            _addresses.Write(customer.Id);
        }

        _addresses.Write('\n');
        AddressCount++;
    }

    /// <summary>Appends a transaction row.</summary>
    public void WriteTransaction(Hash256 txid, long height, string purpose, string entityId, long ransomInput, int changeOutput, string? flowId)
    {
        var line = _line.AsSpan();
        var n = WriteTxid(txid, line);
        line[n++] = ',';
        n += Format(height, line[n..]);
        line[n++] = ',';
        purpose.CopyTo(line[n..]);
        n += purpose.Length;
        line[n++] = ',';
        entityId.CopyTo(line[n..]);
        n += entityId.Length;
        line[n++] = ',';
        n += Format(ransomInput, line[n..]);
        line[n++] = ',';
        if (changeOutput >= 0)
        {
            n += Format(changeOutput, line[n..]);
        }

        line[n++] = ',';
        if (flowId is not null)
        {
            flowId.CopyTo(line[n..]);
            n += flowId.Length;
        }

        line[n++] = '\n';
        _transactions.Write(line[..n]);
        TransactionCount++;
    }

    /// <summary>Flushes both CSV files to the operating system.</summary>
    public async Task FlushAsync(CancellationToken cancellationToken)
    {
        await _addresses.FlushAsync(cancellationToken).ConfigureAwait(false);
        await _transactions.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Closes the CSV files and writes <c>answer-key.json</c>.</summary>
    public async Task CompleteAsync(BitcoinAnswerKey key, CancellationToken cancellationToken)
    {
        await _addresses.DisposeAsync().ConfigureAwait(false);
        await _transactions.DisposeAsync().ConfigureAwait(false);
        var path = Path.Combine(_directory, AnswerKeyReader.FileName);
        await using var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16, useAsync: true);
        await JsonSerializer.SerializeAsync(stream, key, AnswerKeyReader.JsonOptions, cancellationToken).ConfigureAwait(false);
        await stream.WriteAsync("\n"u8.ToArray(), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Closes the CSV files (idempotent).</summary>
    public async ValueTask DisposeAsync()
    {
        await _addresses.DisposeAsync().ConfigureAwait(false);
        await _transactions.DisposeAsync().ConfigureAwait(false);
    }

    /// <summary>Writes the display-order hex of <paramref name="txid"/>; returns 64.</summary>
    internal static int WriteTxid(Hash256 txid, Span<char> destination)
    {
        Span<byte> bytes = stackalloc byte[Hash256.Size];
        txid.CopyTo(bytes);
        bytes.Reverse();
        Convert.TryToHexStringLower(bytes, destination, out var written);
        return written;
    }

    private static int Format(long value, Span<char> destination)
    {
        value.TryFormat(destination, out var written, provider: CultureInfo.InvariantCulture);
        return written;
    }

    private static StreamWriter Create(string path) =>
        new(new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.Read, 1 << 20, useAsync: true), new UTF8Encoding(false), 1 << 20);
}
