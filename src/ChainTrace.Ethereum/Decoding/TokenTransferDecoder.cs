using System.Numerics;
using ChainTrace.Core.Rows;

namespace ChainTrace.Ethereum.Decoding;

/// <summary>
/// Turns logs into token transfers: ERC-20 <c>Transfer</c> (3 topics + value in data, or all three arguments in
/// data as some early tokens emit), ERC-721 <c>Transfer</c> (4 topics: token id indexed, empty data, value 1),
/// ERC-1155 <c>TransferSingle</c> and <c>TransferBatch</c> (one row per id, all with the batch's log index).
/// Amounts and ids are exact uint256. Addresses are the low 20 bytes of their 32-byte words.
/// </summary>
public static class TokenTransferDecoder
{
    /// <summary>The <c>standard</c> value of ERC-20 rows.</summary>
    public const string Erc20 = "erc20";

    /// <summary>The <c>standard</c> value of ERC-721 rows.</summary>
    public const string Erc721 = "erc721";

    /// <summary>The <c>standard</c> value of ERC-1155 rows.</summary>
    public const string Erc1155 = "erc1155";

    private const int WordDigits = 64;

    private static readonly System.Buffers.SearchValues<char> HexDigits =
        System.Buffers.SearchValues.Create("0123456789abcdefABCDEF");

    /// <summary>Decodes <paramref name="log"/> and appends any transfers to <paramref name="transfers"/>.</summary>
    /// <returns>Whether the log was a transfer, and whether it had the standard layout. Never throws on log content.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static TokenTransferOutcome Decode(EthereumLogRow log, ICollection<EthereumTokenTransferRow> transfers)
    {
        ArgumentNullException.ThrowIfNull(log);
        ArgumentNullException.ThrowIfNull(transfers);
        return log.Topic0 switch
        {
            TokenEventTopics.Transfer => DecodeTransfer(log, transfers),
            TokenEventTopics.TransferSingle => DecodeSingle(log, transfers),
            TokenEventTopics.TransferBatch => DecodeBatch(log, transfers),
            _ => TokenTransferOutcome.NotATransfer,
        };
    }

    private static TokenTransferOutcome DecodeTransfer(EthereumLogRow log, ICollection<EthereumTokenTransferRow> transfers)
    {
        var topicCount = TopicCount(log);
        var data = Digits(log.Data);
        if (data.Length % WordDigits != 0 || topicCount - 1 + (data.Length / WordDigits) != 3 || !TopicsAreWords(log))
        {
            return TokenTransferOutcome.Malformed;
        }

        Span<string> words = ["", "", ""];
        var count = 0;
        foreach (var topic in (ReadOnlySpan<string?>)[log.Topic1, log.Topic2, log.Topic3])
        {
            if (topic is not null && count < 3)
            {
                words[count++] = topic[2..];
            }
        }

        for (var offset = 0; count < 3; offset += WordDigits)
        {
            words[count++] = data.Slice(offset, WordDigits).ToString();
        }

        if (topicCount == 4)
        {
            transfers.Add(new EthereumTokenTransferRow(
                log.BlockNumber, log.TransactionHash, log.LogIndex, log.Address, Erc721,
                AddressOf(words[0]), AddressOf(words[1]), Word(words[2]), BigInteger.One));
        }
        else
        {
            transfers.Add(new EthereumTokenTransferRow(
                log.BlockNumber, log.TransactionHash, log.LogIndex, log.Address, Erc20,
                AddressOf(words[0]), AddressOf(words[1]), null, Word(words[2])));
        }

        return TokenTransferOutcome.Decoded;
    }

    private static TokenTransferOutcome DecodeSingle(EthereumLogRow log, ICollection<EthereumTokenTransferRow> transfers)
    {
        var data = Digits(log.Data);
        if (TopicCount(log) != 4 || data.Length != 2 * WordDigits || !TopicsAreWords(log))
        {
            return TokenTransferOutcome.Malformed;
        }

        transfers.Add(new EthereumTokenTransferRow(
            log.BlockNumber, log.TransactionHash, log.LogIndex, log.Address, Erc1155,
            AddressOf(log.Topic2.AsSpan(2)), AddressOf(log.Topic3.AsSpan(2)), Word(data[..WordDigits]), Word(data[WordDigits..])));
        return TokenTransferOutcome.Decoded;
    }

    private static TokenTransferOutcome DecodeBatch(EthereumLogRow log, ICollection<EthereumTokenTransferRow> transfers)
    {
        var data = Digits(log.Data);
        if (TopicCount(log) != 4 || data.Length % WordDigits != 0 || data.Length < 4 * WordDigits || !TopicsAreWords(log))
        {
            return TokenTransferOutcome.Malformed;
        }

        var words = data.Length / WordDigits;
        if (!TryArray(data, words, 0, out var idsStart, out var idsCount) ||
            !TryArray(data, words, 1, out var valuesStart, out var valuesCount) ||
            idsCount != valuesCount)
        {
            return TokenTransferOutcome.Malformed;
        }

        var from = AddressOf(log.Topic2.AsSpan(2));
        var to = AddressOf(log.Topic3.AsSpan(2));
        for (var i = 0; i < idsCount; i++)
        {
            transfers.Add(new EthereumTokenTransferRow(
                log.BlockNumber, log.TransactionHash, log.LogIndex, log.Address, Erc1155, from, to,
                Word(WordAt(data, idsStart + i)), Word(WordAt(data, valuesStart + i))));
        }

        return TokenTransferOutcome.Decoded;
    }

    /// <summary>Reads the ABI head word <paramref name="head"/> as the byte offset of a uint256[] and checks bounds.</summary>
    private static bool TryArray(ReadOnlySpan<char> data, int words, int head, out int firstWord, out int count)
    {
        firstWord = 0;
        count = 0;
        var offset = Word(WordAt(data, head));
        if (offset % 32 != 0 || offset / 32 >= words)
        {
            return false;
        }

        var lengthWord = (int)(offset / 32);
        var length = Word(WordAt(data, lengthWord));
        if (length > words - lengthWord - 1)
        {
            return false;
        }

        firstWord = lengthWord + 1;
        count = (int)length;
        return true;
    }

    private static ReadOnlySpan<char> WordAt(ReadOnlySpan<char> data, int word) => data.Slice(word * WordDigits, WordDigits);

    private static int TopicCount(EthereumLogRow log) =>
        log.Topic0 is null ? 0 : log.Topic1 is null ? 1 : log.Topic2 is null ? 2 : log.Topic3 is null ? 3 : 4;

    private static bool TopicsAreWords(EthereumLogRow log) =>
        IsWord(log.Topic1) && IsWord(log.Topic2) && IsWord(log.Topic3);

    private static bool IsWord(string? topic) =>
        topic is null || (topic.Length == WordDigits + 2 && topic.StartsWith("0x", StringComparison.OrdinalIgnoreCase) &&
                          !topic.AsSpan(2).ContainsAnyExcept(HexDigits));

    /// <summary>The hex digits of the data, or a one-char span (never a whole number of words) when it is not hex.</summary>
    private static ReadOnlySpan<char> Digits(string data)
    {
        var digits = data.StartsWith("0x", StringComparison.OrdinalIgnoreCase) ? data.AsSpan(2) : data.AsSpan();
        return digits.ContainsAnyExcept(HexDigits) ? "?" : digits;
    }

    private static string AddressOf(ReadOnlySpan<char> word) => string.Concat("0x", word[24..]).ToLowerInvariant();

    private static BigInteger Word(ReadOnlySpan<char> word)
    {
        Span<byte> bytes = stackalloc byte[32];
        return Convert.FromHexString(word, bytes, out _, out var written) == System.Buffers.OperationStatus.Done && written == 32
            ? new BigInteger(bytes, isUnsigned: true, isBigEndian: true)
            : BigInteger.Zero;
    }
}
