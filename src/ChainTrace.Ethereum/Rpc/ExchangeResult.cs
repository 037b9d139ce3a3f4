namespace ChainTrace.Ethereum.Rpc;

/// <summary>The outcome of <see cref="HttpExchange.SendAsync"/>: a pooled answer buffer or a failure.</summary>
internal readonly record struct ExchangeResult(byte[]? Buffer, int Length, AttemptFailure? Failure, string? NonSuccessStatus)
{
    public static ExchangeResult Succeeded(byte[] buffer, int length, string? nonSuccessStatus) =>
        new(buffer, length, null, nonSuccessStatus);

    public static ExchangeResult Failed(AttemptFailure failure) => new(null, 0, failure, null);
}
