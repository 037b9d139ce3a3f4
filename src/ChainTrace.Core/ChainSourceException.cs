namespace ChainTrace.Core;

/// <summary>
/// A chain source (a node over RPC, a block folder) failed to deliver: unreachable, timed out, rate limited, or
/// answered with an error. <see cref="IsTransient"/> says whether retrying the same request may succeed.
/// Messages never contain credentials.
/// </summary>
public sealed class ChainSourceException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">One sentence naming the source (without credentials) and the failure.</param>
    /// <param name="isTransient">True when a retry may succeed (connection errors, timeouts, 429, 5xx, limit errors).</param>
    /// <param name="innerException">The underlying failure, if any.</param>
    public ChainSourceException(string message, bool isTransient, Exception? innerException = null)
        : base(message, innerException)
    {
        IsTransient = isTransient;
    }

    /// <summary>Creates a non-transient exception.</summary>
    public ChainSourceException()
        : this("The chain source failed.", isTransient: false)
    {
    }

    /// <summary>Creates a non-transient exception.</summary>
    public ChainSourceException(string message)
        : this(message, isTransient: false)
    {
    }

    /// <summary>Creates a non-transient exception.</summary>
    public ChainSourceException(string message, Exception innerException)
        : this(message, isTransient: false, innerException)
    {
    }

    /// <summary>True when retrying the same request may succeed.</summary>
    public bool IsTransient { get; }
}
