namespace ChainTrace.Graph.Clustering;

/// <summary>An airdrop recipient forwarding the airdropped token to its collector (see <see cref="AirdropOptions"/>).</summary>
/// <param name="Recipient">The recipient address id.</param>
/// <param name="Collector">The collecting address id.</param>
/// <param name="Distributor">The airdrop's distributor address id.</param>
/// <param name="Transaction">The recipient's first forward of the token to the collector.</param>
/// <param name="Asset">The token's asset id.</param>
public readonly record struct AirdropForward(int Recipient, int Collector, int Distributor, int Transaction, int Asset);
