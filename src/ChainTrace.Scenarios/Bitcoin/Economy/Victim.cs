using ChainTrace.Scenarios.Bitcoin.AnswerKeys;
using ChainTrace.Scenarios.Bitcoin.Keys;

namespace ChainTrace.Scenarios.Bitcoin.Economy;

/// <summary>
/// A ransomware victim: at its scheduled block it buys the ransom (plus a margin for fees) at an exchange, and as soon
/// as the withdrawal arrives it pays the ransom to its own ransom address, keeping the change.
/// </summary>
internal sealed class Victim : ICoinReceiver
{
    /// <summary>Creates the victim.</summary>
    public Victim(int entity, Exchange exchange, long ransom, int requestHeight, AddressKind kind, int feeRate)
    {
        Entity = entity;
        Exchange = exchange;
        RansomAmount = ransom;
        RequestHeight = requestHeight;
        Kind = kind;
        FeeRate = feeRate;
    }

    /// <inheritdoc />
    public int Entity { get; }

    /// <summary>Where the victim buys.</summary>
    public Exchange Exchange { get; }

    /// <summary>The ransom demanded, in satoshis.</summary>
    public long RansomAmount { get; }

    /// <summary>Block in which the victim asks the exchange for coins.</summary>
    public int RequestHeight { get; }

    /// <summary>The victim wallet's address type.</summary>
    public AddressKind Kind { get; }

    /// <summary>Fee rate of the payment, sat/vB.</summary>
    public int FeeRate { get; }

    /// <summary>The victim's coins.</summary>
    public Wallet Wallet { get; } = new();

    /// <summary>True once the withdrawal was requested.</summary>
    public bool Requested { get; private set; }

    /// <summary>True once the ransom was paid.</summary>
    public bool Paid { get; private set; }

    /// <inheritdoc />
    public void Receive(in Coin coin) => Wallet.Add(coin);

    /// <summary>Requests the coins when due, pays when they arrived; returns transactions committed (0 or 1).</summary>
    public int Step(ChainWriter chain, ScenarioRandom random, RansomwareOperator ransomware)
    {
        if (!Requested && chain.Height >= RequestHeight)
        {
            var amount = RansomAmount + 50_000 + random.NextInt64(0, RansomAmount / 20 + 1);
            var destination = chain.Addresses.Allocate(Kind, Entity, AddressRole.Receive);
            Exchange.Request(new WithdrawalRequest(this, destination, amount, chain.Height, Priority: true));
            Requested = true;
            return 0;
        }

        if (Paid || Wallet.Balance < RansomAmount + 40_000)
        {
            return 0;
        }

        var tx = chain.Begin(2, (uint)(chain.Height - 1));
        var ransomAddress = ransomware.NewRansomAddress(chain.Addresses, random);
        tx.AddOutput(RansomAmount, ransomAddress);
        var change = chain.Addresses.Allocate(Kind, Entity, AddressRole.Change);
        while (tx.InputValue < tx.OutputValue + tx.Fee(FeeRate, 1, change.Kind))
        {
            if (Wallet.Count == 0)
            {
                Wallet.Return(tx.Inputs);
                return 0;
            }

            tx.AddInput(Wallet.TakeOldest());
        }

        var rest = tx.InputValue - tx.OutputValue - tx.Fee(FeeRate, 1, change.Kind);
        if (rest >= 5_000)
        {
            tx.AddOutput(rest, change, isChange: true);
        }

        tx.ShuffleOutputs(random);
        var coins = tx.Commit(TransactionPurposes.RansomPayment, Entity);
        for (var i = 0; i < coins.Length; i++)
        {
            var payee = tx.OutputAddress(i);
            if (payee.Role == AddressRole.Ransom)
            {
                ransomware.ReceiveRansom(coins[i]);
            }
            else
            {
                Wallet.Add(coins[i]);
            }
        }

        Paid = true;
        return 1;
    }
}
