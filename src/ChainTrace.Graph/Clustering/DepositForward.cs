namespace ChainTrace.Graph.Clustering;

/// <summary>One forward of an Ethereum deposit address to its hot wallet that met the deposit heuristic's thresholds.</summary>
/// <param name="DepositAddress">The deposit address id.</param>
/// <param name="HotWallet">The hot wallet address id.</param>
/// <param name="Transaction">The forwarding transfer node.</param>
/// <param name="Asset">The asset forwarded (0 = ether).</param>
/// <param name="Received">What the deposit address received in that asset since its previous forward, in base units.</param>
/// <param name="Forwarded">What the forward moved, in base units.</param>
/// <param name="Blocks">Blocks from the earliest of those receipts to the forward.</param>
public readonly record struct DepositForward(int DepositAddress, int HotWallet, int Transaction, int Asset, UInt128 Received, UInt128 Forwarded, int Blocks);
