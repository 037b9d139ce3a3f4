using FsCheck;
using FsCheck.Fluent;

namespace ChainTrace.Graph.Tests.Paths;

/// <summary>Runs a check on random graphs through FsCheck (which reports and shrinks the failing seed).</summary>
internal static class Seeds
{
    public static void ForAll(int tests, Action<int> check) =>
        Prop.ForAll(Gen.Choose(0, 1_000_000).ToArbitrary(), seed =>
        {
            check(seed);
            return true;
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(tests));
}
