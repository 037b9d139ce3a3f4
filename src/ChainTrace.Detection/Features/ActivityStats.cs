namespace ChainTrace.Detection;

/// <summary>Running sums of one address's first feature pass.</summary>
internal struct ActivityStats
{
    public int InTx;
    public int OutTx;
    public double InTransfers;
    public double OutTransfers;
    public int SelfTransfers;
    public int Tokens;
    public double InValue;
    public double InSquares;
    public double InMax;
    public double InMin;
    public double OutValue;
    public double OutSquares;
    public double OutMax;
    public double OutMin;
    public double OutToOthers;
    public int InLegs;
    public int InRoundLegs;
    public int OutLegs;
    public int OutRoundLegs;
    public double Fee;
    public int ZeroValue;

    public ActivityStats()
    {
        InMin = double.PositiveInfinity;
        OutMin = double.PositiveInfinity;
    }
}
