using ChainTrace.Scenarios.Bitcoin.AnswerKeys;

namespace ChainTrace.Scenarios.Bitcoin.Economy;

/// <summary>Running totals of where ransom money went (see <see cref="RansomAccounting"/>), in satoshis.</summary>
internal sealed class RansomLedger
{
    /// <summary>Paid by victims to ransom addresses.</summary>
    public long Paid { get; set; }

    /// <summary>Deposited at exchanges by the operator.</summary>
    public long CashedOut { get; set; }

    /// <summary>Paid by the operator to anyone else but a CoinJoin coordinator.</summary>
    public long PaidToOthers { get; set; }

    /// <summary>Miner fees paid out of ransom money.</summary>
    public long MinerFees { get; set; }

    /// <summary>CoinJoin coordinator fees paid out of ransom money.</summary>
    public long CoordinatorFees { get; set; }

    /// <summary>
    /// Books <paramref name="ransom"/> satoshis leaving the operator in an output paying <paramref name="address"/>: a
    /// deposit address makes it a cash-out, a coordinator fee address a coordinator fee, anything else an outflow.
    /// </summary>
    public void RecordLeaving(
        AnswerKeyWriter answerKey, string txid, int height, AddressRole role, string ownerId, string address, long value, long ransom, string? route)
    {
        switch (role)
        {
            case AddressRole.Deposit:
                CashedOut += ransom;
                answerKey.CashOuts.Add(new CashOut(txid, height, ownerId, address, value, ransom, route ?? "unknown"));
                break;
            case AddressRole.CoordinatorFee:
                CoordinatorFees += ransom;
                break;
            default:
                PaidToOthers += ransom;
                answerKey.RansomOutflows.Add(new RansomOutflow(txid, height, ownerId, address, ransom));
                break;
        }
    }
}
