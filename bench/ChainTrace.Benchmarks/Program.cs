using BenchmarkDotNet.Running;
using ChainTrace.Benchmarks;

// `parse` measures parse MB/s on one core for the side-by-side with bench/reference; `ingest …` runs the end-to-end ingest throughput measurement (a whole run, not a micro-benchmark);
// anything else goes to BenchmarkDotNet's switcher (e.g. `--filter *Parse*`).
if (args.Length > 0 && args[0] == "ingest")
{
    return await IngestThroughput.RunAsync(args[1..]);
}

if (args.Length > 0 && args[0] == "scenario")
{
    return await ScenarioThroughput.RunAsync(args[1..]);
}

if (args.Length > 0 && args[0] == "parse")
{
    return ParseThroughput.Run(args[1..]);
}

BenchmarkSwitcher.FromAssembly(typeof(IngestThroughput).Assembly).Run(args);
return 0;
