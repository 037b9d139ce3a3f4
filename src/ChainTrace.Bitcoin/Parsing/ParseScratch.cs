namespace ChainTrace.Bitcoin.Parsing;

/// <summary>
/// Per-thread working memory reused across parses: the structure found in the first pass, the hashing jobs and their
/// digests, and the output classification. Arrays only grow, to what the largest input needed, and every count that
/// sizes them has been checked against the bytes the input actually holds.
/// </summary>
internal sealed class ParseScratch
{
    [ThreadStatic]
    private static ParseScratch? t_current;

    public TxInfo[] Transactions = new TxInfo[64];
    public InputInfo[] Inputs = new InputInfo[256];
    public OutputInfo[] Outputs = new OutputInfo[256];

    /// <summary>
    /// Double SHA-256 results: slot t is the txid of transaction t, slot <see cref="DeclaredCount"/> + s the wtxid of the
    /// transaction in witness slot s.
    /// </summary>
    public byte[] Digests = new byte[2 * 64 * 32];

    /// <summary>Hash jobs over the parsed span: legacy txids and all wtxids.</summary>
    public HashJob[] SpanJobs = new HashJob[128];

    /// <summary>Hash jobs over <see cref="Stripped"/>: the txids of segwit transactions.</summary>
    public HashJob[] StrippedJobs = new HashJob[64];

    /// <summary>Segwit transactions re-serialized without marker, flag and witnesses, back to back.</summary>
    public byte[] Stripped = new byte[4096];

    public byte[] MerkleA = new byte[65 * 32];
    public byte[] MerkleB = new byte[65 * 32];

    /// <summary>21-byte Base58Check payloads (version + hash) of outputs, then their double SHA-256 digests.</summary>
    public byte[] Payloads = new byte[256 * 21];
    public byte[] PayloadDigests = new byte[256 * 32];
    public OutputScript[] OutputScripts = new OutputScript[256];

    /// <summary>The transaction count the input declares (all of them have been read once hashing starts).</summary>
    public int DeclaredCount;
    public int TransactionCount;
    public int InputCount;
    public int OutputCount;
    public int WitnessCount;
    public int SpanJobCount;
    public int StrippedJobCount;
    public int StrippedLength;

    /// <summary>The calling thread's scratch.</summary>
    public static ParseScratch Current => t_current ??= new ParseScratch();

    /// <summary>The txids, transaction by transaction.</summary>
    public ReadOnlySpan<byte> Txids => Digests.AsSpan(0, TransactionCount * 32);

    /// <summary>The wtxid of the transaction in witness slot <paramref name="slot"/>.</summary>
    public ReadOnlySpan<byte> Wtxid(int slot) => Digests.AsSpan((DeclaredCount + slot) * 32, 32);

    /// <summary>
    /// Starts a parse of <paramref name="transactionCount"/> declared transactions. Nothing is sized from the declared
    /// count: per-transaction memory grows as transactions are actually read.
    /// </summary>
    public void Reset(int transactionCount)
    {
        DeclaredCount = transactionCount;
        TransactionCount = 0;
        InputCount = 0;
        OutputCount = 0;
        WitnessCount = 0;
        SpanJobCount = 0;
        StrippedJobCount = 0;
        StrippedLength = 0;
    }

    /// <summary>Room for one more transaction and its (up to two) hash jobs.</summary>
    public void EnsureTransaction()
    {
        Ensure(ref Transactions, TransactionCount + 1);
        Ensure(ref SpanJobs, SpanJobCount + 1);
        Ensure(ref StrippedJobs, StrippedJobCount + 1);
    }

    /// <summary>Room for the digests of every transaction read (txids, then wtxids after <see cref="DeclaredCount"/>).</summary>
    public void EnsureDigests() => Ensure(ref Digests, (DeclaredCount + WitnessCount) * 32);

    /// <summary>Room for the merkle levels of every transaction read.</summary>
    public void EnsureMerkle()
    {
        Ensure(ref MerkleA, (TransactionCount + 1) * 32);
        Ensure(ref MerkleB, (TransactionCount + 1) * 32);
    }

    public void EnsureInputs(int additional) => Ensure(ref Inputs, InputCount + additional);

    public void EnsureOutputs(int additional) => Ensure(ref Outputs, OutputCount + additional);

    /// <summary>Room to append <paramref name="length"/> more stripped bytes.</summary>
    public void EnsureStripped(int length) => Ensure(ref Stripped, StrippedLength + length);

    public void EnsureAddressWork()
    {
        Ensure(ref OutputScripts, OutputCount);
        Ensure(ref Payloads, OutputCount * 21);
        Ensure(ref PayloadDigests, OutputCount * 32);
    }

    /// <summary>Grows <paramref name="array"/> to at least <paramref name="length"/>, doubling to amortise.</summary>
    private static void Ensure<T>(ref T[] array, int length)
    {
        if (array.Length < length)
        {
            Array.Resize(ref array, Math.Max(length, array.Length * 2));
        }
    }
}
