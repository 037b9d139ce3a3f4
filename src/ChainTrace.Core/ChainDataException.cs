namespace ChainTrace.Core;

/// <summary>
/// Bad chain data: a corrupt or truncated block file, a transaction that does not parse, an answer from a node that
/// contradicts the chain. The message names what and where; <see cref="Location"/> carries the same for programs.
/// </summary>
public sealed class ChainDataException : Exception
{
    /// <summary>Creates the exception with a location.</summary>
    /// <param name="message">One sentence that says what is wrong.</param>
    /// <param name="location">Where: file and byte offset, block height, or RPC method.</param>
    /// <param name="innerException">The underlying failure, if any.</param>
    public ChainDataException(string message, DataLocation location, Exception? innerException = null)
        : base(location.IsEmpty ? message : $"{message} ({location})", innerException)
    {
        Location = location;
    }

    /// <summary>Creates the exception without a location.</summary>
    public ChainDataException()
        : this("Bad chain data.", new DataLocation())
    {
    }

    /// <summary>Creates the exception without a location.</summary>
    public ChainDataException(string message)
        : this(message, new DataLocation())
    {
    }

    /// <summary>Creates the exception without a location.</summary>
    public ChainDataException(string message, Exception innerException)
        : this(message, new DataLocation(), innerException)
    {
    }

    /// <summary>Where the bad data was found.</summary>
    public DataLocation Location { get; }
}
