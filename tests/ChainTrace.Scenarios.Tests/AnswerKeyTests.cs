using ChainTrace.Core.Rows;
using ChainTrace.Scenarios.Bitcoin.AnswerKeys;

namespace ChainTrace.Scenarios.Tests;

/// <summary>The answer key is complete and agrees with the chain it describes.</summary>
[Collection(ScenarioGroup.Name)]
public sealed class AnswerKeyTests(ScenarioFixture fixture)
{
    private static readonly string[] Purposes =
    [
        TransactionPurposes.Coinbase, TransactionPurposes.Ordinary, TransactionPurposes.ExchangeSweep,
        TransactionPurposes.ExchangeWithdrawal, TransactionPurposes.RansomPayment, TransactionPurposes.Consolidation,
        TransactionPurposes.Peel, TransactionPurposes.CoinJoinPremix, TransactionPurposes.CoinJoin, TransactionPurposes.CashOut,
    ];

    private IEnumerable<BitcoinOutputRow> Outputs => fixture.Chain.Blocks.SelectMany(b => b.Outputs);

    private IEnumerable<BitcoinTransactionRow> ChainTransactions => fixture.Chain.Blocks.SelectMany(b => b.Transactions);

    [Fact]
    public void Addresses_EveryAddressTheChainPays_HasExactlyOneOwner()
    {
        var rows = fixture.Addresses;
        Assert.Equal(rows.Count, rows.Select(r => r.Address).Distinct(StringComparer.Ordinal).Count());
        var chainAddresses = Outputs.Where(o => o.Address is not null).Select(o => o.Address!).ToHashSet(StringComparer.Ordinal);
        Assert.True(chainAddresses.SetEquals(rows.Select(r => r.Address)), "answer key addresses differ from the chain's");
        Assert.Equal(fixture.AnswerKey.Addresses, rows.Count);
        var entities = fixture.AnswerKey.Entities.ToDictionary(e => e.Id);
        foreach (var row in rows)
        {
            Assert.Equal(entities[row.EntityId].Type, row.EntityType);
            Assert.Equal(row.Role == AddressRoles.Deposit, row.CustomerEntityId is not null);
        }
    }

    [Fact]
    public void Transactions_EveryTransaction_HasOnePurpose()
    {
        var rows = fixture.Transactions;
        Assert.Equal(rows.Count, rows.Select(r => r.Txid).Distinct(StringComparer.Ordinal).Count());
        Assert.True(ChainTransactions.Select(t => t.Hash.ToReversedHex()).ToHashSet(StringComparer.Ordinal).SetEquals(rows.Select(r => r.Txid)));
        Assert.All(rows, r => Assert.Contains(r.Purpose, Purposes));
        Assert.Equal(fixture.AnswerKey.Blocks, rows.Count(r => r.Purpose == TransactionPurposes.Coinbase));
        var byPurpose = rows.GroupBy(r => r.Purpose).ToDictionary(g => g.Key, g => g.Count());
        Assert.All(Purposes, p => Assert.True(byPurpose.GetValueOrDefault(p) > 0, $"no {p} transaction"));
    }

    [Fact]
    public void Transactions_ChangeOutput_PaysTheSpender()
    {
        var owners = fixture.Addresses.ToDictionary(a => a.Address, a => a.EntityId, StringComparer.Ordinal);
        var outputs = Outputs.ToLookup(o => o.TransactionHash.ToReversedHex());
        var checkedCount = 0;
        foreach (var row in fixture.Transactions.Where(t => t.ChangeOutput is not null))
        {
            var change = outputs[row.Txid].Single(o => o.Index == row.ChangeOutput);
            Assert.Equal(row.EntityId, owners[change.Address!]);
            checkedCount++;
        }

        Assert.True(checkedCount > 100);
    }

    [Fact]
    public void RansomAccounting_Balances_AndMatchesPaymentsAndCashOuts()
    {
        var key = fixture.AnswerKey;
        var accounting = key.RansomAccounting;
        Assert.True(accounting.Paid > 0);
        Assert.Equal(accounting.Paid, accounting.CashedOut + accounting.PaidToOthers + accounting.MinerFees + accounting.CoordinatorFees + accounting.Held);
        Assert.Equal(0, accounting.Held);
        Assert.Equal(accounting.Paid, key.RansomPayments.Sum(p => p.Value));
        Assert.Equal(accounting.CashedOut, key.CashOuts.Sum(c => c.RansomValue));
        Assert.Equal(accounting.PaidToOthers, key.RansomOutflows.Sum(o => o.Value));
        Assert.Equal(fixture.Summary.RansomCashedOut, accounting.CashedOut);
        Assert.True(accounting.CashedOut > accounting.Paid / 2, "most ransom reaches an exchange");
    }

    [Fact]
    public void RansomPayments_PayEachVictimsRansomAddress()
    {
        var key = fixture.AnswerKey;
        var addresses = fixture.Addresses.ToDictionary(a => a.Address, StringComparer.Ordinal);
        var purposes = fixture.Transactions.ToDictionary(t => t.Txid, StringComparer.Ordinal);
        var victims = key.Entities.Where(e => e.Type == EntityTypes.Victim).Select(e => e.Id).ToList();
        Assert.Equal(victims.Order(StringComparer.Ordinal), key.RansomPayments.Select(p => p.VictimEntityId).Order(StringComparer.Ordinal));
        Assert.Equal(key.RansomPayments.Select(p => p.Address), key.RansomAddresses);
        Assert.Equal(
            fixture.Addresses.Where(a => a.Role == AddressRoles.Ransom).Select(a => a.Address).Order(StringComparer.Ordinal),
            key.RansomAddresses.Order(StringComparer.Ordinal));
        var outputs = Outputs.ToLookup(o => o.TransactionHash.ToReversedHex());
        foreach (var payment in key.RansomPayments)
        {
            Assert.Equal("ransomware-1", addresses[payment.Address].EntityId);
            Assert.Equal(TransactionPurposes.RansomPayment, purposes[payment.Txid].Purpose);
            Assert.Equal(payment.VictimEntityId, purposes[payment.Txid].EntityId);
            Assert.Equal(payment.Value, outputs[payment.Txid].Single(o => o.Address == payment.Address).Value);
        }
    }

    [Fact]
    public void CashOuts_DepositRansomAtOperatorAccounts()
    {
        var key = fixture.AnswerKey;
        var addresses = fixture.Addresses.ToDictionary(a => a.Address, StringComparer.Ordinal);
        var purposes = fixture.Transactions.ToDictionary(t => t.Txid, StringComparer.Ordinal);
        var outputs = Outputs.ToLookup(o => o.TransactionHash.ToReversedHex());
        Assert.NotEmpty(key.CashOuts);
        Assert.Equal(purposes.Values.Count(t => t.Purpose == TransactionPurposes.CashOut), key.CashOuts.Count);
        foreach (var cashOut in key.CashOuts)
        {
            var deposit = addresses[cashOut.DepositAddress];
            Assert.Equal(AddressRoles.Deposit, deposit.Role);
            Assert.Equal(EntityTypes.Exchange, deposit.EntityType);
            Assert.Equal(cashOut.ExchangeEntityId, deposit.EntityId);
            Assert.Equal("ransomware-1", deposit.CustomerEntityId);
            Assert.Equal(TransactionPurposes.CashOut, purposes[cashOut.Txid].Purpose);
            Assert.Equal("ransomware-1", purposes[cashOut.Txid].EntityId);
            Assert.Equal(cashOut.Value, outputs[cashOut.Txid].Single(o => o.Address == cashOut.DepositAddress).Value);
            Assert.Equal(cashOut.Value, cashOut.RansomValue);
            Assert.Equal(purposes[cashOut.Txid].RansomInput, outputs[cashOut.Txid].Sum(o => o.Value) + Fee(cashOut.Txid));
        }

        var routes = key.CashOuts.Select(c => c.Route).ToHashSet(StringComparer.Ordinal);
        Assert.Contains("peel", routes);
        Assert.Contains("whirlpool", routes);
        Assert.Contains("wasabi", routes);
    }

    [Fact]
    public void WhirlpoolMixes_AreFiveByFiveEqualDenominationsOfDistinctOwners_OperatorAmongThem()
    {
        var owners = fixture.Addresses.ToDictionary(a => a.Address, a => a.EntityId, StringComparer.Ordinal);
        var spent = SpentAddresses();
        var outputs = Outputs.ToLookup(o => o.TransactionHash.ToReversedHex());
        var mixes = fixture.Transactions.Where(t => t.Purpose == TransactionPurposes.CoinJoin && t.FlowId!.StartsWith("whirlpool-", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(mixes);
        long[] denominations = [100_000, 1_000_000, 5_000_000, 50_000_000];
        var operatorMixes = 0;
        foreach (var mix in mixes)
        {
            var values = outputs[mix.Txid].Select(o => o.Value).ToList();
            Assert.Equal(5, values.Count);
            Assert.Single(values.Distinct());
            Assert.Contains(values[0], denominations);
            var inputOwners = spent[mix.Txid].Select(a => owners[a]).ToList();
            Assert.Equal(5, inputOwners.Count);
            Assert.Equal(5, inputOwners.Distinct().Count());
            operatorMixes += inputOwners.Contains("ransomware-1") ? 1 : 0;
        }

        Assert.True(operatorMixes > 0, "the operator mixed");
    }

    [Fact]
    public void WasabiRounds_HaveManyOwnersAndEqualValueTiers_OperatorAmongThem()
    {
        var owners = fixture.Addresses.ToDictionary(a => a.Address, a => a.EntityId, StringComparer.Ordinal);
        var spent = SpentAddresses();
        var outputs = Outputs.ToLookup(o => o.TransactionHash.ToReversedHex());
        var rounds = fixture.Transactions.Where(t => t.Purpose == TransactionPurposes.CoinJoin && t.FlowId!.StartsWith("wasabi-", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(rounds);
        var withOperator = 0;
        foreach (var round in rounds)
        {
            var inputOwners = spent[round.Txid].Select(a => owners[a]).Distinct().ToList();
            Assert.True(inputOwners.Count >= 5);
            var tiers = outputs[round.Txid].GroupBy(o => o.Value).Count(g => g.Count() >= 2);
            Assert.True(tiers >= 1, $"round {round.FlowId} has no equal-value tier");
            withOperator += inputOwners.Contains("ransomware-1") ? 1 : 0;
        }

        Assert.True(withOperator > 0, "the operator joined a Wasabi-style round");
    }

    [Fact]
    public void PeelChains_EachHopSpendsThePreviousRemainder()
    {
        var operatorAddresses = fixture.Addresses.Where(a => a.EntityId == "ransomware-1").Select(a => a.Address).ToHashSet(StringComparer.Ordinal);
        var inputs = fixture.Chain.Blocks.SelectMany(b => b.Inputs).ToLookup(i => i.TransactionHash.ToReversedHex());
        var outputs = Outputs.ToLookup(o => o.TransactionHash.ToReversedHex());
        var chains = fixture.Transactions.Where(t => t.FlowId?.StartsWith("peel-", StringComparison.Ordinal) == true).GroupBy(t => t.FlowId!).ToList();
        Assert.NotEmpty(chains);
        Assert.Contains(fixture.Transactions, t => t.Purpose == TransactionPurposes.Peel);
        foreach (var chain in chains)
        {
            var hops = chain.ToList();
            Assert.True(hops.Count >= 2, $"{chain.Key} has {hops.Count} hop(s)");
            for (var i = 1; i < hops.Count; i++)
            {
                var input = Assert.Single(inputs[hops[i].Txid]);
                Assert.Equal(hops[i - 1].Txid, input.SpentTransactionHash!.Value.ToReversedHex());
                var remainder = outputs[hops[i - 1].Txid].Single(o => o.Index == input.SpentOutputIndex);
                Assert.Contains(remainder.Address!, operatorAddresses);
                Assert.Equal(hops[i - 1].ChangeOutput, remainder.Index);
            }

            Assert.Equal(TransactionPurposes.CashOut, hops[^1].Purpose);
        }
    }

    [Fact]
    public void Consolidations_OfTheOperator_MergeSeveralRansomCoins()
    {
        var consolidations = fixture.Transactions.Where(t => t.Purpose == TransactionPurposes.Consolidation && t.EntityId == "ransomware-1").ToList();
        Assert.NotEmpty(consolidations);
        var inputs = fixture.Chain.Blocks.SelectMany(b => b.Inputs).ToLookup(i => i.TransactionHash.ToReversedHex());
        Assert.Equal(fixture.AnswerKey.RansomPayments.Count, consolidations.Sum(c => inputs[c.Txid].Count()));
        Assert.Contains(consolidations, c => inputs[c.Txid].Count() >= 2);
    }

    [Fact]
    public void TagPack_TagsOnlyHotWalletsAndCoordinatorFeeAddresses()
    {
        var lines = File.ReadAllLines(Path.Combine(fixture.Directory, fixture.AnswerKey.TagPackFile));
        Assert.Contains(lines, l => l.StartsWith("title: ", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("creator: ", StringComparison.Ordinal));
        var tagged = lines.Where(l => l.StartsWith("- address: ", StringComparison.Ordinal)).Select(l => l["- address: ".Length..]).ToList();
        var categories = lines.Where(l => l.StartsWith("  category: ", StringComparison.Ordinal)).Select(l => l["  category: ".Length..]).ToList();
        var labels = lines.Where(l => l.StartsWith("  label: ", StringComparison.Ordinal)).Select(l => l["  label: ".Length..]).ToList();
        Assert.Equal(tagged.Count, categories.Count);
        Assert.Equal(tagged.Count, lines.Count(l => l == "  currency: BTC"));
        var addresses = fixture.Addresses.ToDictionary(a => a.Address, StringComparer.Ordinal);
        for (var i = 0; i < tagged.Count; i++)
        {
            var row = addresses[tagged[i]];
            Assert.Equal(row.EntityId, labels[i]);
            Assert.Equal(row.Role == AddressRoles.HotWallet ? "exchange" : "coinjoin", categories[i]);
            Assert.Contains(row.Role, new[] { AddressRoles.HotWallet, AddressRoles.CoordinatorFee });
        }

        var expected = fixture.Addresses.Where(a => a.Role is AddressRoles.HotWallet or AddressRoles.CoordinatorFee).Select(a => a.Address);
        Assert.Equal(expected.Order(StringComparer.Ordinal), tagged.Order(StringComparer.Ordinal));
        Assert.Equal(2, categories.Count(c => c == "coinjoin"));
    }

    private ILookup<string, string> SpentAddresses()
    {
        var byOutpoint = Outputs.Where(o => o.Address is not null).ToDictionary(o => (o.TransactionHash, (long)o.Index), o => o.Address!);
        return fixture.Chain.Blocks.SelectMany(b => b.Inputs)
            .Where(i => i.SpentTransactionHash is not null)
            .ToLookup(i => i.TransactionHash.ToReversedHex(), i => byOutpoint[(i.SpentTransactionHash!.Value, i.SpentOutputIndex!.Value)]);
    }

    private long Fee(string txid)
    {
        var byOutpoint = Outputs.ToDictionary(o => (o.TransactionHash.ToReversedHex(), (long)o.Index), o => o.Value);
        return fixture.Chain.Blocks.SelectMany(b => b.Inputs).Where(i => i.TransactionHash.ToReversedHex() == txid)
            .Sum(i => byOutpoint[(i.SpentTransactionHash!.Value.ToReversedHex(), i.SpentOutputIndex!.Value)])
            - Outputs.Where(o => o.TransactionHash.ToReversedHex() == txid).Sum(o => o.Value);
    }
}
