namespace ChainTrace.Ethereum.Source;

/// <summary>
/// Answers about the same block disagree (block vs receipts vs traces, or a window whose parent links break): the
/// chain moved between the calls, or a load balancer mixed nodes. The source refetches; after that it becomes a
/// <see cref="ChainTrace.Core.ChainDataException"/>.
/// </summary>
internal sealed class InconsistentAnswerException : Exception
{
    public InconsistentAnswerException(string message, long block)
        : base(message)
    {
        Block = block;
    }

    public InconsistentAnswerException()
    {
    }

    public InconsistentAnswerException(string message)
        : base(message)
    {
    }

    public InconsistentAnswerException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The block whose answers disagree.</summary>
    public long Block { get; }
}
