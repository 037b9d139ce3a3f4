using ChainTrace.Core.Rows;
using ChainTrace.Scenarios.Bitcoin.AnswerKeys;

namespace ChainTrace.Scenarios.Tests;

/// <summary>The actors behave as their answer-key attributes say: the ground truth heuristics are judged against.</summary>
[Collection(ScenarioGroup.Name)]
public sealed class EconomyBehaviourTests(ScenarioFixture fixture)
{
    private IEnumerable<BitcoinOutputRow> Outputs => fixture.Chain.Blocks.SelectMany(b => b.Outputs);

    [Fact]
    public void Users_WhoReuseAddresses_ReceiveAndTakeChangeAtOneAddress_OthersUseFreshAddresses()
    {
        var users = fixture.AnswerKey.Entities.Where(e => e.Type == EntityTypes.User).ToDictionary(e => e.Id);
        var outputsByAddress = Outputs.Where(o => o.Address is not null).GroupBy(o => o.Address!).ToDictionary(g => g.Key, g => g.Count());
        var reusedPayments = 0;
        foreach (var group in fixture.Addresses.Where(a => a.EntityType == EntityTypes.User && a.Role is AddressRoles.Receive or AddressRoles.Change).GroupBy(a => a.EntityId))
        {
            var reuse = users[group.Key].Attributes["address_reuse"] == "true";
            if (reuse)
            {
                Assert.Single(group);
                reusedPayments += outputsByAddress[group.Single().Address] - 1;
            }
            else
            {
                Assert.All(group, a => Assert.True(outputsByAddress[a.Address] <= 2, $"{a.EntityId} reused {a.Address}"));
            }
        }

        Assert.True(reusedPayments > 20, $"only {reusedPayments} payments to reused addresses");
    }

    [Fact]
    public void Users_ChangeType_FollowsTheirPolicy()
    {
        var users = fixture.AnswerKey.Entities.Where(e => e.Type == EntityTypes.User).ToDictionary(e => e.Id);
        var owners = fixture.Addresses.ToDictionary(a => a.Address, StringComparer.Ordinal);
        var outputs = Outputs.ToLookup(o => o.TransactionHash.ToReversedHex());
        var differentType = 0;
        foreach (var tx in fixture.Transactions.Where(t => t.Purpose == TransactionPurposes.Ordinary && t.ChangeOutput is not null && users.ContainsKey(t.EntityId)))
        {
            var attributes = users[tx.EntityId].Attributes;
            var change = outputs[tx.Txid].Single(o => o.Index == tx.ChangeOutput);
            var expected = attributes["address_reuse"] == "true" ? attributes["receive_type"] : attributes["change_type"];
            Assert.Equal(expected, change.Type);
            Assert.Equal(tx.EntityId, owners[change.Address!].EntityId);
            differentType += attributes["receive_type"] != attributes["change_type"] ? 1 : 0;
        }

        Assert.True(differentType > 0, "no payment by a wallet whose change type differs from its receive type");
    }

    [Fact]
    public void Exchanges_SweepDepositAddressesIntoHotWallets_AndPayWithdrawalsFromThem()
    {
        var owners = fixture.Addresses.ToDictionary(a => a.Address, StringComparer.Ordinal);
        var byOutpoint = Outputs.Where(o => o.Address is not null).ToDictionary(o => (o.TransactionHash, (long)o.Index), o => o.Address!);
        var inputs = fixture.Chain.Blocks.SelectMany(b => b.Inputs).Where(i => i.SpentTransactionHash is not null)
            .ToLookup(i => i.TransactionHash.ToReversedHex(), i => owners[byOutpoint[(i.SpentTransactionHash!.Value, i.SpentOutputIndex!.Value)]]);
        var outputs = Outputs.ToLookup(o => o.TransactionHash.ToReversedHex());
        foreach (var sweep in fixture.Transactions.Where(t => t.Purpose == TransactionPurposes.ExchangeSweep))
        {
            Assert.All(inputs[sweep.Txid], a => Assert.Equal((AddressRoles.Deposit, sweep.EntityId), (a.Role, a.EntityId)));
            var output = Assert.Single(outputs[sweep.Txid]);
            Assert.Equal((AddressRoles.HotWallet, sweep.EntityId), (owners[output.Address!].Role, owners[output.Address!].EntityId));
        }

        var batched = 0;
        foreach (var withdrawal in fixture.Transactions.Where(t => t.Purpose == TransactionPurposes.ExchangeWithdrawal))
        {
            Assert.All(inputs[withdrawal.Txid], a => Assert.Equal((AddressRoles.HotWallet, withdrawal.EntityId), (a.Role, a.EntityId)));
            batched += outputs[withdrawal.Txid].Count() > 3 ? 1 : 0;
        }

        Assert.True(batched > 0, "no batched withdrawal");
        var deposits = fixture.Addresses.Where(a => a.Role == AddressRoles.Deposit && a.CustomerEntityId != "ransomware-1")
            .GroupBy(a => (a.EntityId, a.CustomerEntityId));
        Assert.All(deposits, g => Assert.Single(g));
    }

    [Fact]
    public void Victims_BuyAtTheirExchangeBeforeTheyPay()
    {
        var victims = fixture.AnswerKey.Entities.Where(e => e.Type == EntityTypes.Victim).ToDictionary(e => e.Id);
        var owners = fixture.Addresses.ToDictionary(a => a.Address, StringComparer.Ordinal);
        var withdrawals = fixture.Transactions.Where(t => t.Purpose == TransactionPurposes.ExchangeWithdrawal).ToDictionary(t => t.Txid);
        var paidTo = Outputs.Where(o => o.Address is not null && owners[o.Address].EntityType == EntityTypes.Victim)
            .Select(o => (Tx: o.TransactionHash.ToReversedHex(), Victim: owners[o.Address!].EntityId)).ToList();
        foreach (var payment in fixture.AnswerKey.RansomPayments)
        {
            var funding = paidTo.Where(p => p.Victim == payment.VictimEntityId && withdrawals.ContainsKey(p.Tx)).Select(p => withdrawals[p.Tx]).ToList();
            var bought = Assert.Single(funding);
            Assert.Equal(victims[payment.VictimEntityId].Attributes["exchange"], bought.EntityId);
            Assert.True(bought.BlockNumber <= payment.BlockNumber);
        }
    }
}
