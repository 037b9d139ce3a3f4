using ChainTrace.Scenarios.Bitcoin.Keys;

namespace ChainTrace.Scenarios.Bitcoin.Economy;

/// <summary>Coin selection shared by the wallets: add coins until the outputs, a change output and the fee are covered.</summary>
internal static class Funding
{
    /// <summary>
    /// Adds coins from <paramref name="wallet"/> (random order) until the inputs cover the outputs plus the fee of the
    /// transaction with one more output of <paramref name="changeKind"/> at <paramref name="feeRate"/> sat/vB.
    /// </summary>
    /// <returns>False when the wallet runs out or <paramref name="maxInputs"/> is reached; the coins taken are then
    /// returned to the wallet.</returns>
    public static bool TryFund(TransactionBuilder tx, Wallet wallet, int feeRate, AddressKind changeKind, uint sequence, ScenarioRandom random, int maxInputs = 40)
    {
        while (tx.InputValue < tx.OutputValue + tx.Fee(feeRate, 1, changeKind))
        {
            if (wallet.Count == 0 || tx.InputCount >= maxInputs)
            {
                wallet.Return(tx.Inputs);
                return false;
            }

            tx.AddInput(wallet.TakeRandom(random), sequence);
        }

        return true;
    }

    /// <summary>What is left for change after outputs and the fee with one change output of <paramref name="changeKind"/>.</summary>
    public static long Change(TransactionBuilder tx, int feeRate, AddressKind changeKind) =>
        tx.InputValue - tx.OutputValue - tx.Fee(feeRate, 1, changeKind);

    /// <summary>Rounds <paramref name="amount"/> down to two significant digits (a "round" payment).</summary>
    public static long Round(long amount)
    {
        long scale = 1;
        while (amount / scale >= 100)
        {
            scale *= 10;
        }

        return amount / scale * scale;
    }
}
