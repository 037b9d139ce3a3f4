namespace ChainTrace.Detection.Tests;

public sealed class LoaderErrorTests
{
    [Fact]
    public void XBlockLoad_BadAmount_ErrorNamesFileAndLine()
    {
        using var dir = new TempDirectory();
        File.WriteAllText(dir.Sub(XBlockPhishingDataset.NodesFile), ",id,label,has_label,is_train,is_test\n0,1,1.0,True,True,False\n1,2,,False,False,False\n");
        File.WriteAllText(dir.Sub(XBlockPhishingDataset.EdgesFile), ",from,to,amount,n_transactions,timestamp\n0,1,2,1.5,1,100\n1,2,1,x,1,200\n");
        var error = Assert.Throws<Core.ChainDataException>(() => XBlockPhishingDataset.Load(dir.Path));
        Assert.Contains(XBlockPhishingDataset.EdgesFile, error.Message, StringComparison.Ordinal);
        Assert.Contains("line 3", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void XBlockLoad_SmallFiles_GraphInTimeOrderWithLabels()
    {
        using var dir = new TempDirectory();
        File.WriteAllText(dir.Sub(XBlockPhishingDataset.NodesFile), ",id,label,has_label,is_train,is_test\n0,1,1.0,True,True,False\n1,2,0.0,True,False,True\n2,3,,False,False,False\n");
        File.WriteAllText(dir.Sub(XBlockPhishingDataset.EdgesFile), ",from,to,amount,n_transactions,timestamp\n0,1,2,1.5,2,300\n1,3,1,2e-3,1,100\n");
        var data = XBlockPhishingDataset.Load(dir.Path);
        Assert.Equal(2, data.Graph.TransactionCount);
        Assert.Equal(100, data.Graph.Transaction(0).Timestamp);
        Assert.Equal((UInt128)2_000_000_000_000_000, data.Graph.Input(0).Value);
        Assert.Equal([1, 2], data.TransferMultiplicity);
        Assert.Equal([new LabelledAddress(0, true, DatasetSplit.Train), new LabelledAddress(1, false, DatasetSplit.Test)], data.Labels);
    }

    [Fact]
    public void XBlockLoad_MissingFolder_FileNotFound()
    {
        using var dir = new TempDirectory();
        Assert.Throws<FileNotFoundException>(() => XBlockPhishingDataset.Load(dir.Path));
    }

    [Fact]
    public void PhishingAccountsLoad_BadHash_ErrorNamesFileAndLine()
    {
        using var dir = new TempDirectory();
        Directory.CreateDirectory(dir.Combine("phishing accounts", "phishing"));
        Directory.CreateDirectory(dir.Sub("phishing"));
        File.WriteAllText(dir.Combine("phishing accounts", "phishing-address.txt"), "0x00000000000000000000000000000000000000aa\n");
        var file = dir.Combine("phishing accounts", "phishing", "0x00000000000000000000000000000000000000aa.csv");
        File.WriteAllText(file, ",TxHash,BlockHeight,TimeStamp,From,To,Value,ContractAddress,Input,isError\n0,0x12,5,100,0x00000000000000000000000000000000000000bb,0x00000000000000000000000000000000000000aa,1.0,NULL,0x,0\n");
        var error = Assert.Throws<Core.ChainDataException>(() => PhishingAccountsDataset.Load(dir.Path));
        Assert.Contains(file, error.Message, StringComparison.Ordinal);
        Assert.Contains("line 2", error.Message, StringComparison.Ordinal);
    }
}
