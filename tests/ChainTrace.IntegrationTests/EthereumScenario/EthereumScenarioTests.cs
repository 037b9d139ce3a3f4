using System.Globalization;
using System.Numerics;
using ChainTrace.IntegrationTests.Ethereum;
using ChainTrace.Scenarios.Ethereum.AnswerKeys;
using P = ChainTrace.Scenarios.Ethereum.AnswerKeys.EthereumTransactionPurposes;

namespace ChainTrace.IntegrationTests.EthereumScenario;

/// <summary>The generated Ethereum ransomware scenario, ingested from a real Anvil node, agrees with its answer key.</summary>
[Collection(AnvilTests.Name)]
public sealed class EthereumScenarioTests(EthereumScenarioFixture fixture) : IClassFixture<EthereumScenarioFixture>
{
    private static readonly BigInteger HundredthEther = BigInteger.Pow(10, 16);

    private EthereumAnswerKey Key => fixture.Key;

    [Fact]
    public void Generate_EveryChainTransaction_HasPurposeInKey()
    {
        var chain = Rows("SELECT hash FROM transactions ORDER BY block_number, transaction_index").Select(r => r[0]).ToList();

        Assert.Equal(Key.Transactions.Select(t => t.Hash), chain);
        Assert.Equal(fixture.Summary.Transactions, chain.Count);
        Assert.All(Key.Transactions, t => Assert.Contains(t.Purpose, AllPurposes));
        foreach (var purpose in new[] { P.RansomPayment, P.Layering, P.MixerDeposit, P.MixerWithdrawal, P.CashOut, P.ExchangeSweep, P.Ordinary })
        {
            Assert.Contains(Key.Transactions, t => t.Purpose == purpose);
        }
    }

    [Fact]
    public void Generate_EveryAddressOnChain_HasOwnerInKey()
    {
        const string sql = """
            SELECT from_address FROM transactions UNION SELECT to_address FROM transactions WHERE to_address IS NOT NULL
            UNION SELECT receipt_contract_address FROM transactions WHERE receipt_contract_address IS NOT NULL
            UNION SELECT address FROM logs
            UNION SELECT from_address FROM token_transfers UNION SELECT to_address FROM token_transfers
            UNION SELECT from_address FROM traces WHERE from_address IS NOT NULL UNION SELECT to_address FROM traces WHERE to_address IS NOT NULL
            UNION SELECT miner FROM blocks
            """;
        var onChain = Rows(sql).Select(r => r[0]).Where(a => a.Length > 0).ToHashSet(StringComparer.Ordinal);
        var owned = Key.Addresses.ToDictionary(a => a.Address, StringComparer.Ordinal);

        Assert.All(onChain, address => Assert.True(owned.ContainsKey(address), $"{address} has no owner in the answer key"));
        Assert.Equal(EthereumAddressTypes.MixerContract, owned[Key.Mixer.Address].Type);
        Assert.Equal(EthereumAddressTypes.TokenContract, owned[Key.Token.Address].Type);
        Assert.Equal(2, Key.Addresses.Count(a => a.Type == EthereumAddressTypes.ExchangeHotWallet));
    }

    [Fact]
    public void Generate_MixerWithdrawals_AreInternalTransfersOnlyInTraces()
    {
        var payout = BigInteger.Parse(Key.Mixer.DenominationWei!, CultureInfo.InvariantCulture) - BigInteger.Parse(Key.Mixer.RelayerFeeWei!, CultureInfo.InvariantCulture);
        var withdrawals = Key.Transactions.Where(t => t.Purpose == P.MixerWithdrawal).ToList();
        var operatorRecipients = 0;

        Assert.True(withdrawals.Count >= 3);
        foreach (var withdrawal in withdrawals)
        {
            Assert.Equal(Key.Mixer.Address, withdrawal.To);
            Assert.Equal("0", withdrawal.ValueWei);
            var internals = Rows($"SELECT to_address, CAST(value AS VARCHAR) FROM traces WHERE transaction_hash = '{withdrawal.Hash}' AND trace_address <> '' AND from_address = '{Key.Mixer.Address}' AND status = 1 AND value > 0 ORDER BY trace_address");
            Assert.Equal(2, internals.Count);
            Assert.Equal(payout.ToString(CultureInfo.InvariantCulture), internals[0][1]);
            Assert.Equal(withdrawal.From, internals[1][0]);
            Assert.Equal("0", Scalar($"SELECT count(*) FROM transactions WHERE to_address = '{internals[0][0]}' AND hash = '{withdrawal.Hash}'"));
            if (Owner(internals[0][0]).Owner == "ransomware")
            {
                operatorRecipients++;
            }
        }

        Assert.InRange(operatorRecipients, 1, withdrawals.Count - 1);
    }

    [Fact]
    public void Generate_TokenRansomPayments_AppearInTokenTransfersExactly()
    {
        var tokenPayments = Key.RansomPayments.Where(p => p.Asset == "USDX").ToList();

        Assert.NotEmpty(tokenPayments);
        foreach (var payment in tokenPayments)
        {
            var row = Assert.Single(Rows($"SELECT token_address, from_address, to_address, CAST(value AS VARCHAR) FROM token_transfers WHERE transaction_hash = '{payment.TransactionHash}'"));
            Assert.Equal([Key.Token.Address, payment.From, payment.RansomAddress, payment.Amount], row);
        }

        Assert.Equal(
            Key.RansomTokenPaidUnits,
            Sum(tokenPayments.Select(p => BigInteger.Parse(p.Amount, CultureInfo.InvariantCulture))));
    }

    [Fact]
    public void Generate_CashOuts_MatchOnChainInflowsIntoDepositAddresses()
    {
        Assert.Equal(2, Key.CashOuts.Count);
        foreach (var cashOut in Key.CashOuts)
        {
            var d = cashOut.DepositAddress;
            Assert.Equal(EthereumAddressTypes.ExchangeDeposit, Owner(d).Type);
            Assert.Equal(cashOut.Exchange, Owner(d).Owner);
            Assert.Equal("ransomware", Owner(d).Customer);
            var ethIn = Scalar($"SELECT CAST(coalesce(sum(value), 0) AS VARCHAR) FROM traces WHERE to_address = '{d}' AND status = 1 AND trace_type = 'call'");
            var tokenIn = Scalar($"SELECT CAST(coalesce(sum(value), 0) AS VARCHAR) FROM token_transfers WHERE to_address = '{d}' AND token_address = '{Key.Token.Address}'");
            var keyHashes = Key.Transactions.Where(t => t.Purpose == P.CashOut && (t.To == d || Transfers(t.Hash).Contains(d))).Select(t => t.Hash);

            Assert.Equal(cashOut.EthWei, ethIn);
            Assert.Equal(cashOut.TokenUnits, tokenIn);
            Assert.Equal(keyHashes, cashOut.TransactionHashes);
            Assert.NotEqual("0", cashOut.EthWei);
            Assert.NotEqual("0", cashOut.TokenUnits);
        }

        Assert.Equal(Key.RansomTokenPaidUnits, Sum(Key.CashOuts.Select(c => BigInteger.Parse(c.TokenUnits, CultureInfo.InvariantCulture))));
        var ethOut = Sum(Key.CashOuts.Select(c => BigInteger.Parse(c.EthWei, CultureInfo.InvariantCulture)));
        var ethPaid = BigInteger.Parse(Key.RansomEthPaidWei, CultureInfo.InvariantCulture);
        Assert.InRange(BigInteger.Parse(ethOut, CultureInfo.InvariantCulture), ethPaid * 95 / 100, ethPaid - 1);
    }

    [Fact]
    public void Generate_ExchangeSweeps_ForwardAllButLessThanHundredthEther()
    {
        var deposits = Key.Addresses.Where(a => a.Type == EthereumAddressTypes.ExchangeDeposit).ToList();

        Assert.True(deposits.Count >= 3);
        foreach (var deposit in deposits)
        {
            var d = deposit.Address;
            var hot = Key.Addresses.Single(a => a.Owner == deposit.Owner && a.Type == EthereumAddressTypes.ExchangeHotWallet).Address;
            var ethIn = BigInteger.Parse(Scalar($"SELECT CAST(coalesce(sum(value), 0) AS VARCHAR) FROM traces WHERE to_address = '{d}' AND status = 1"), CultureInfo.InvariantCulture);
            var swept = BigInteger.Parse(Scalar($"SELECT CAST(coalesce(sum(value), 0) AS VARCHAR) FROM transactions WHERE from_address = '{d}' AND to_address = '{hot}'"), CultureInfo.InvariantCulture);
            var tokenIn = Scalar($"SELECT CAST(coalesce(sum(value), 0) AS VARCHAR) FROM token_transfers WHERE to_address = '{d}'");
            var tokenSwept = Scalar($"SELECT CAST(coalesce(sum(value), 0) AS VARCHAR) FROM token_transfers WHERE from_address = '{d}' AND to_address = '{hot}'");

            Assert.True(ethIn - swept < HundredthEther, $"{d}: {ethIn} in, {swept} swept");
            Assert.True(swept > 0 || ethIn < HundredthEther, $"{d} was not swept");
            Assert.Equal(tokenIn, tokenSwept);
            Assert.All(Rows($"SELECT hash FROM transactions WHERE from_address = '{d}'"), r => Assert.Equal(P.ExchangeSweep, Purpose(r[0])));
        }
    }

    [Fact]
    public void Generate_Layering_SplitsAndMerges()
    {
        var layering = Key.Transactions.Where(t => t.Purpose == P.Layering && t.TokenUnits is null).ToList();

        Assert.Contains(layering.GroupBy(t => t.From), g => g.Count() >= 2);
        Assert.Contains(layering.GroupBy(t => t.To), g => g.Count() >= 2);
        Assert.All(layering, t => Assert.Equal("ransomware", Owner(t.From).Owner));
        Assert.All(layering, t => Assert.Equal("ransomware", Owner(t.To!).Owner));
    }

    private static readonly string[] AllPurposes =
        [P.RansomPayment, P.Layering, P.MixerDeposit, P.MixerWithdrawal, P.CashOut, P.ExchangeSweep, P.Ordinary, P.Funding, P.Deployment];

    private EthereumKeyAddress Owner(string address) => Key.Addresses.Single(a => a.Address == address);

    private string Purpose(string hash) => Key.Transactions.Single(t => t.Hash == hash).Purpose;

    private List<string> Transfers(string hash) => [.. Rows($"SELECT to_address FROM token_transfers WHERE transaction_hash = '{hash}'").Select(r => r[0])];

    private static string Sum(IEnumerable<BigInteger> values) => values.Aggregate(BigInteger.Zero, (a, b) => a + b).ToString(CultureInfo.InvariantCulture);

    private IReadOnlyList<string[]> Rows(string sql) => DatasetFacts.Rows(fixture.Dataset, sql);

    private string Scalar(string sql) => DatasetFacts.Scalar(fixture.Dataset, sql);
}
