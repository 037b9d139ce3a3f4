using System.CommandLine;
using ChainTrace.Cli.Presentation;
using ChainTrace.Storage;

namespace ChainTrace.Cli.Commands;

/// <summary><c>chaintrace query DATASET "SQL"</c>: DuckDB SQL over the dataset, one view per table.</summary>
internal static class QueryCommand
{
    public static Command Create(CliConsole console)
    {
        var dataset = new Argument<DirectoryInfo>("DATASET") { Description = "The dataset folder (holding dataset.json)." };
        var sql = new Argument<string>("SQL")
        {
            Description = "A DuckDB SQL statement; each table (blocks, transactions, inputs, outputs, logs, …) is a view of its name.",
        };
        var format = new Option<string>("--format")
        {
            Description = "Output format: table (for people), csv (RFC 4180) or json (array of objects; integers beyond 2^53 as strings).",
            DefaultValueFactory = _ => "table",
        };
        format.AcceptOnlyFromAmong("table", "csv", "json");

        var command = new Command("query", "Run SQL over a dataset with DuckDB in-process.") { dataset, sql, format };
        command.SetAction(async (result, cancellationToken) =>
        {
            var path = result.GetRequiredValue(dataset);
            if (!File.Exists(Path.Combine(path.FullName, "dataset.json")))
            {
                throw new FileNotFoundException($"{path.FullName} is not a ChainTrace dataset (no dataset.json).", Path.Combine(path.FullName, "dataset.json"));
            }

            using var query = DatasetQuery.Open(path.FullName);
            var rows = query.Execute(result.GetRequiredValue(sql));
            var text = result.GetValue(format) switch
            {
                "csv" => QueryResultFormatter.ToCsv(rows),
                "json" => QueryResultFormatter.ToJson(rows),
                _ => TableRenderer.Render(rows),
            };
            await console.Output.WriteAsync(text.AsMemory(), cancellationToken);
            return 0;
        });
        return command;
    }
}
