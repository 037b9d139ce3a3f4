namespace ChainTrace.Detection.Tests;

public sealed class AddressLabelFileTests
{
    private static readonly Graph.FlowGraph Graph = TestGraphs.Ethereum(("a", "b", 1m, 1), ("b", "c", 1m, 2));

    [Fact]
    public void Read_WithSplit_LabelsKnownAddressesCountsMissing()
    {
        using var dir = new TempDirectory();
        var path = dir.Sub("labels.csv");
        File.WriteAllText(path, "address,label,split\na,1,train\nb,false,test\nzz,0,\n");
        var data = AddressLabelFile.Read(path, Graph, out var missing);
        Assert.Equal(1, missing);
        Assert.Equal(
            [new LabelledAddress(TestGraphs.Id(Graph, "a"), true, DatasetSplit.Train), new LabelledAddress(TestGraphs.Id(Graph, "b"), false, DatasetSplit.Test)],
            data.Labels);
    }

    [Fact]
    public void Read_BadLabel_ErrorNamesFileAndLine()
    {
        using var dir = new TempDirectory();
        var path = dir.Sub("labels.csv");
        File.WriteAllText(path, "address,label\na,1\nb,maybe\n");
        var error = Assert.Throws<Core.ChainDataException>(() => AddressLabelFile.Read(path, Graph, out _));
        Assert.Contains(path, error.Message, StringComparison.Ordinal);
        Assert.Contains("line 3", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_TwiceLabelled_Throws()
    {
        using var dir = new TempDirectory();
        var path = dir.Sub("labels.csv");
        File.WriteAllText(path, "address,label\na,1\na,0\n");
        Assert.Throws<Core.ChainDataException>(() => AddressLabelFile.Read(path, Graph, out _));
    }
}
