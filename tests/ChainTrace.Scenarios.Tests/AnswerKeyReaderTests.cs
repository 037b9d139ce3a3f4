using ChainTrace.Scenarios.Bitcoin.AnswerKeys;

namespace ChainTrace.Scenarios.Tests;

public sealed class AnswerKeyReaderTests
{
    [Fact]
    public async Task LoadAsync_NoAnswerKey_ThrowsFileNotFound()
    {
        using var directory = new TempDirectory();
        await Assert.ThrowsAsync<FileNotFoundException>(() => AnswerKeyReader.LoadAsync(directory.Path));
        await Assert.ThrowsAsync<FileNotFoundException>(async () => await AnswerKeyReader.ReadAddressesAsync(directory.Path).ToListAsync());
    }

    [Fact]
    public async Task LoadAsync_OtherFormat_ThrowsInvalidData()
    {
        using var directory = new TempDirectory();
        await File.WriteAllTextAsync(directory.Combine("answer-key.json"), "{\"format\": \"something-else\"}");
        await Assert.ThrowsAsync<InvalidDataException>(() => AnswerKeyReader.LoadAsync(directory.Path));
        await File.WriteAllTextAsync(directory.Combine("answer-key.json"), "{ not json");
        await Assert.ThrowsAsync<InvalidDataException>(() => AnswerKeyReader.LoadAsync(directory.Path));
    }

    [Fact]
    public async Task ReadTransactionsAsync_BadLine_NamesFileAndLine()
    {
        using var directory = new TempDirectory();
        Directory.CreateDirectory(directory.Combine("answer-key"));
        await File.WriteAllTextAsync(
            directory.Combine("answer-key", "transactions.csv"),
            "txid,block_number,purpose,entity_id,ransom_input,change_output,flow_id\nab,1,ordinary,user-1,0,,\nab,x,ordinary,user-1,0,,\n");
        var error = await Assert.ThrowsAsync<InvalidDataException>(async () => await AnswerKeyReader.ReadTransactionsAsync(directory.Path).ToListAsync());
        Assert.Contains("line 3", error.Message, StringComparison.Ordinal);
        Assert.Contains("transactions.csv", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAddressesAsync_WrongFieldCount_NamesTheLine()
    {
        using var directory = new TempDirectory();
        Directory.CreateDirectory(directory.Combine("answer-key"));
        await File.WriteAllTextAsync(
            directory.Combine("answer-key", "addresses.csv"),
            "address,entity_id,entity_type,role,customer_entity_id\nbcrt1qxyz,user-1,user,receive\n");
        var error = await Assert.ThrowsAsync<InvalidDataException>(async () => await AnswerKeyReader.ReadAddressesAsync(directory.Path).ToListAsync());
        Assert.Contains("line 2", error.Message, StringComparison.Ordinal);
    }
}
