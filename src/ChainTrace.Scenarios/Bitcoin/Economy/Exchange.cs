using ChainTrace.Scenarios.Bitcoin.AnswerKeys;
using ChainTrace.Scenarios.Bitcoin.Keys;

namespace ChainTrace.Scenarios.Bitcoin.Economy;

/// <summary>
/// An exchange: issues one deposit address per customer, sweeps deposits into its hot wallet, and pays withdrawals in
/// batches from the hot wallet with change back to a hot wallet address.
/// </summary>
internal sealed class Exchange
{
    /// <summary>Most outputs in one withdrawal batch.</summary>
    public const int MaxBatchOutputs = 250;

    /// <summary>Most inputs in one sweep.</summary>
    public const int MaxSweepInputs = 200;

    /// <summary>Blocks an ordinary withdrawal request waits for funds before it is dropped.</summary>
    public const int RequestPatience = 30;

    private readonly AddressRef[] _hot;
    private readonly List<WithdrawalRequest> _requests = [];
    private readonly List<WithdrawalRequest> _batch = [];
    private int _nextHot;
    private int _oldestDeposit = int.MaxValue;

    /// <summary>Creates exchange number <paramref name="number"/> with its hot wallet addresses.</summary>
    public Exchange(int entity, int number, AddressKind hotKind, AddressKind depositKind, int feeRate, AddressBook addresses)
    {
        Entity = entity;
        Number = number;
        DepositKind = depositKind;
        FeeRate = feeRate;
        _hot = [addresses.Allocate(hotKind, entity, AddressRole.HotWallet), addresses.Allocate(hotKind, entity, AddressRole.HotWallet)];
    }

    /// <summary>The exchange's entity index.</summary>
    public int Entity { get; }

    /// <summary>Position among the exchanges (0-based).</summary>
    public int Number { get; }

    /// <summary>Address type of deposit addresses.</summary>
    public AddressKind DepositKind { get; }

    /// <summary>Fee rate of sweeps and withdrawals, sat/vB.</summary>
    public int FeeRate { get; }

    /// <summary>The hot wallet addresses (public knowledge: they go into the TagPack).</summary>
    public IReadOnlyList<AddressRef> HotAddresses => _hot;

    /// <summary>The hot wallet's coins.</summary>
    public Wallet Hot { get; } = new();

    /// <summary>Deposits not yet swept.</summary>
    public Wallet Deposits { get; } = new();

    /// <summary>Requests waiting.</summary>
    public int PendingRequests => _requests.Count;

    /// <summary>Issues a new deposit address to <paramref name="customer"/>.</summary>
    public AddressRef IssueDepositAddress(AddressBook addresses, int customer) =>
        addresses.Allocate(DepositKind, Entity, AddressRole.Deposit, customer);

    /// <summary>Takes delivery of a deposit (paid to one of its deposit addresses).</summary>
    public void ReceiveDeposit(in Coin coin, int height)
    {
        Deposits.Add(coin);
        _oldestDeposit = Math.Min(_oldestDeposit, height);
    }

    /// <summary>Queues a withdrawal request.</summary>
    public void Request(WithdrawalRequest request)
    {
        if (request.Priority)
        {
            var position = _requests.FindIndex(r => !r.Priority);
            _requests.Insert(position < 0 ? _requests.Count : position, request);
        }
        else
        {
            _requests.Add(request);
        }
    }

    /// <summary>Sweeps deposits into the hot wallet when enough have gathered or the oldest waited 3 blocks.</summary>
    /// <returns>True when a sweep transaction was committed.</returns>
    public bool TrySweep(ChainWriter chain)
    {
        if (Deposits.Count == 0 || (Deposits.Count < 10 && chain.Height - _oldestDeposit < 3))
        {
            return false;
        }

        var tx = chain.Begin();
        while (Deposits.Count > 0 && tx.InputCount < MaxSweepInputs)
        {
            tx.AddInput(Deposits.TakeOldest(), 0xffffffff);
        }

        var target = NextHot();
        var fee = tx.Fee(FeeRate, 1, target.Kind);
        if (tx.InputValue - fee < 10_000)
        {
            Deposits.Return(tx.Inputs);
            return false;
        }

        tx.AddOutput(tx.InputValue - fee, target);
        var coins = tx.Commit(TransactionPurposes.ExchangeSweep, Entity);
        Hot.Add(coins[0]);
        _oldestDeposit = Deposits.Count > 0 ? chain.Height : int.MaxValue;
        return true;
    }

    /// <summary>Pays waiting requests (priority first) in one batch as far as the hot wallet allows.</summary>
    /// <returns>True when a withdrawal transaction was committed.</returns>
    public bool TryPayWithdrawals(ChainWriter chain)
    {
        _requests.RemoveAll(r => !r.Priority && chain.Height - r.Height > RequestPatience);
        if (_requests.Count == 0 || Hot.Count == 0)
        {
            return false;
        }

        _batch.Clear();
        var available = Hot.Balance;
        var perOutput = (long)FeeRate * 80;
        long total = 0;
        for (var i = 0; i < _requests.Count && _batch.Count < MaxBatchOutputs; i++)
        {
            var request = _requests[i];
            if (total + request.Amount + (perOutput * (_batch.Count + 4)) <= available)
            {
                total += request.Amount;
                _batch.Add(request);
            }
            else if (request.Priority)
            {
                break;
            }
        }

        if (_batch.Count == 0)
        {
            return false;
        }

        var tx = chain.Begin();
        foreach (var request in _batch)
        {
            tx.AddOutput(request.Amount, request.Destination);
        }

        var change = NextHot();
        while (tx.InputValue < tx.OutputValue + tx.Fee(FeeRate, 1, change.Kind))
        {
            if (Hot.Count == 0)
            {
                Hot.Return(tx.Inputs);
                return false;
            }

            tx.AddInput(Hot.TakeOldest(), 0xffffffff);
        }

        var rest = tx.InputValue - tx.OutputValue - tx.Fee(FeeRate, 1, change.Kind);
        var changeIndex = rest >= 10_000 ? tx.AddOutput(rest, change, isChange: true) : -1;
        var coins = tx.Commit(TransactionPurposes.ExchangeWithdrawal, Entity);
        for (var i = 0; i < _batch.Count; i++)
        {
            _batch[i].Recipient.Receive(coins[i]);
            _requests.Remove(_batch[i]);
        }

        if (changeIndex >= 0)
        {
            Hot.Add(coins[changeIndex]);
        }

        return true;
    }

    private AddressRef NextHot() => _hot[_nextHot++ % _hot.Length];
}
