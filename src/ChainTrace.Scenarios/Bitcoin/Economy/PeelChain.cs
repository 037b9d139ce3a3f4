using System.Globalization;

namespace ChainTrace.Scenarios.Bitcoin.Economy;

/// <summary>A peeling chain in progress: the coin it continues from and the hops it has left.</summary>
internal sealed class PeelChain
{
    /// <summary>Starts chain <paramref name="number"/> from <paramref name="start"/>.</summary>
    public PeelChain(int number, in Coin start, int hops)
    {
        FlowId = string.Create(CultureInfo.InvariantCulture, $"peel-{number}");
        Current = start;
        HopsLeft = hops;
    }

    /// <summary>The answer key's flow id of every hop, <c>peel-N</c>.</summary>
    public string FlowId { get; }

    /// <summary>The remainder coin the next hop spends.</summary>
    public Coin Current { get; set; }

    /// <summary>Hops still to make; the last one deposits everything.</summary>
    public int HopsLeft { get; set; }

    /// <summary>True once the final hop was made.</summary>
    public bool Done => HopsLeft <= 0;
}
