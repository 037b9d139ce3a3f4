namespace ChainTrace.Detection;

/// <summary>The positions of the fixed address features in a matrix from <see cref="AddressFeatureExtractor"/>.</summary>
internal static class FeatureColumns
{
    public static readonly int InTx = Index(AddressFeatureNames.InTx);

    public static readonly int OutTx = Index(AddressFeatureNames.OutTx);

    public static readonly int InTransfers = Index(AddressFeatureNames.InTransfers);

    public static readonly int OutTransfers = Index(AddressFeatureNames.OutTransfers);

    public static readonly int InCounterparties = Index(AddressFeatureNames.InCounterparties);

    public static readonly int OutCounterparties = Index(AddressFeatureNames.OutCounterparties);

    public static readonly int ReciprocalCounterparties = Index(AddressFeatureNames.ReciprocalCounterparties);

    public static readonly int SelfTransferShare = Index(AddressFeatureNames.SelfTransferShare);

    public static readonly int TokenTransfers = Index(AddressFeatureNames.TokenTransfers);

    public static readonly int InValue = Index(AddressFeatureNames.InValue);

    public static readonly int OutValue = Index(AddressFeatureNames.OutValue);

    public static readonly int InValueMean = Index(AddressFeatureNames.InValueMean);

    public static readonly int InValueMax = Index(AddressFeatureNames.InValueMax);

    public static readonly int InValueMin = Index(AddressFeatureNames.InValueMin);

    public static readonly int InValueStd = Index(AddressFeatureNames.InValueStd);

    public static readonly int OutValueMean = Index(AddressFeatureNames.OutValueMean);

    public static readonly int OutValueMax = Index(AddressFeatureNames.OutValueMax);

    public static readonly int OutValueMin = Index(AddressFeatureNames.OutValueMin);

    public static readonly int OutValueStd = Index(AddressFeatureNames.OutValueStd);

    public static readonly int InValuePerTransfer = Index(AddressFeatureNames.InValuePerTransfer);

    public static readonly int OutValuePerTransfer = Index(AddressFeatureNames.OutValuePerTransfer);

    public static readonly int PassThroughRatio = Index(AddressFeatureNames.PassThroughRatio);

    public static readonly int InMaxShare = Index(AddressFeatureNames.InMaxShare);

    public static readonly int RoundInShare = Index(AddressFeatureNames.RoundInShare);

    public static readonly int RoundOutShare = Index(AddressFeatureNames.RoundOutShare);

    public static readonly int FeePaid = Index(AddressFeatureNames.FeePaid);

    public static readonly int FirstSeen = Index(AddressFeatureNames.FirstSeen);

    public static readonly int LastSeen = Index(AddressFeatureNames.LastSeen);

    public static readonly int ActiveSpan = Index(AddressFeatureNames.ActiveSpan);

    public static readonly int FirstOutDelay = Index(AddressFeatureNames.FirstOutDelay);

    public static readonly int InGapMean = Index(AddressFeatureNames.InGapMean);

    public static readonly int InGapMin = Index(AddressFeatureNames.InGapMin);

    public static readonly int OutGapMean = Index(AddressFeatureNames.OutGapMean);

    public static readonly int OutGapMin = Index(AddressFeatureNames.OutGapMin);

    public static readonly int HoldTimeMean = Index(AddressFeatureNames.HoldTimeMean);

    public static readonly int FastForwardShare = Index(AddressFeatureNames.FastForwardShare);

    public static readonly int TransfersPerDay = Index(AddressFeatureNames.TransfersPerDay);

    public static readonly int ZeroValueShare = Index(AddressFeatureNames.ZeroValueShare);

    public static readonly int ActiveDays = Index(AddressFeatureNames.ActiveDays);

    public static readonly int InNeighbourOutCounterpartiesMean = Index(AddressFeatureNames.InNeighbourOutCounterpartiesMean);

    public static readonly int InNeighbourTxMean = Index(AddressFeatureNames.InNeighbourTxMean);

    public static readonly int InNeighbourSingleShare = Index(AddressFeatureNames.InNeighbourSingleShare);

    public static readonly int OutNeighbourInCounterpartiesMean = Index(AddressFeatureNames.OutNeighbourInCounterpartiesMean);

    public static readonly int OutNeighbourInCounterpartiesMax = Index(AddressFeatureNames.OutNeighbourInCounterpartiesMax);

    public static readonly int OutNeighbourOutCounterpartiesMean = Index(AddressFeatureNames.OutNeighbourOutCounterpartiesMean);

    public static readonly int OutNeighbourPassThroughMean = Index(AddressFeatureNames.OutNeighbourPassThroughMean);

    public static readonly int TwoHopOut = Index(AddressFeatureNames.TwoHopOut);

    public static readonly int TwoHopIn = Index(AddressFeatureNames.TwoHopIn);

    public static readonly int HeistIncome = Index(AddressFeatureNames.HeistIncome);

    public static readonly int HeistNeighbors = Index(AddressFeatureNames.HeistNeighbors);

    public static readonly int HeistWeight = Index(AddressFeatureNames.HeistWeight);

    public static readonly int HeistLength = Index(AddressFeatureNames.HeistLength);

    public static readonly int HeistCount = Index(AddressFeatureNames.HeistCount);

    public static readonly int HeistLooped = Index(AddressFeatureNames.HeistLooped);

    public static readonly int HeistWindows = Index(AddressFeatureNames.HeistWindows);

    /// <summary>The position of fixed feature <paramref name="name"/>.</summary>
    public static int Index(string name)
    {
        for (var i = 0; i < AddressFeatureNames.Fixed.Count; i++)
        {
            if (AddressFeatureNames.Fixed[i] == name)
            {
                return i;
            }
        }

        throw new InvalidOperationException($"Unknown feature {name}.");
    }
}
