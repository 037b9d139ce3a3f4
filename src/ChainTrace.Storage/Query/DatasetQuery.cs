using System.Data.Common;
using System.Runtime.CompilerServices;
using ChainTrace.Core;
using DuckDB.NET.Data;

namespace ChainTrace.Storage;

/// <summary>
/// SQL over a dataset with DuckDB in-process. Every table is a view named like the table: the chain tables always
/// (empty, with their columns, when they have no part file), derived tables when they have files or a schema is
/// given. Views show exactly the committed block range, with uint256 columns as exact <c>BIGNUM</c>.
/// </summary>
/// <remarks>
/// The views are a snapshot of the part files present at <see cref="Open"/>: commits made later are not visible until
/// the dataset is opened again. SQL may read only files inside the dataset folder (DuckDB's external access is limited
/// to it and the configuration is locked), and nothing here writes the dataset. Not thread-safe.
/// </remarks>
public sealed class DatasetQuery : IDisposable
{
    private readonly DuckDBConnection _connection;
    private readonly string _tempDirectory;

    private DatasetQuery(string path, DatasetManifest manifest, DuckDBConnection connection, string tempDirectory, IReadOnlyList<string> tables)
    {
        Path = path;
        Manifest = manifest;
        _connection = connection;
        _tempDirectory = tempDirectory;
        Tables = tables;
    }

    /// <summary>The dataset folder (full path).</summary>
    public string Path { get; }

    /// <summary>The manifest as read at <see cref="Open"/>.</summary>
    public DatasetManifest Manifest { get; }

    /// <summary>The view names defined, chain tables first in contract order, then derived tables by name.</summary>
    public IReadOnlyList<string> Tables { get; }

    /// <summary>Opens the dataset at <paramref name="datasetPath"/> and defines its views.</summary>
    /// <param name="datasetPath">The dataset folder.</param>
    /// <param name="derivedSchemas">
    /// Schemas of derived tables: their views get the schema's columns and types (uint256 as BIGNUM), and an empty view
    /// when the table has no file yet. Other derived folders with Parquet files get a view of all their columns.
    /// </param>
    /// <exception cref="FileNotFoundException">The folder or its <c>dataset.json</c> does not exist.</exception>
    /// <exception cref="ChainDataException"><c>dataset.json</c> is corrupt (the message names the file).</exception>
    /// <exception cref="InvalidOperationException">The dataset has a newer schema version.</exception>
    /// <exception cref="DatasetQueryException">DuckDB could not define a view (e.g. an unreadable part file).</exception>
    public static DatasetQuery Open(string datasetPath, IEnumerable<TableSchema>? derivedSchemas = null)
    {
        using var dataset = Dataset.OpenExisting(datasetPath);
        var root = dataset.Path;
        var manifest = dataset.Manifest;
        var statements = new List<string>();
        var tables = new List<string>();
        foreach (var schema in ChainTables.For(manifest.Chain))
        {
            statements.Add(ChainView(root, schema, manifest.Checkpoint));
            tables.Add(schema.Name);
        }

        var derived = (derivedSchemas ?? []).Where(s => !tables.Contains(s.Name)).ToDictionary(s => s.Name);
        var folders = Directory.EnumerateDirectories(root)
            .Select(System.IO.Path.GetFileName)
            .OfType<string>()
            .Where(name => !tables.Contains(name) && IsTableName(name))
            .Union(derived.Keys)
            .Order(StringComparer.Ordinal);
        foreach (var name in folders)
        {
            var files = DerivedFiles(System.IO.Path.Combine(root, name));
            if (derived.TryGetValue(name, out var schema))
            {
                statements.Add(ViewSql.TypedView(schema, files, null));
            }
            else if (files.Count > 0)
            {
                statements.Add(ViewSql.UntypedView(name, files));
            }
            else
            {
                continue;
            }

            tables.Add(name);
        }

        var tempDirectory = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "chaintrace-duckdb-" + Guid.NewGuid().ToString("N"));
        statements.Add($"SET temp_directory = {ViewSql.Literal(tempDirectory)}");
        statements.Add($"SET allowed_directories = [{ViewSql.Literal(root + System.IO.Path.DirectorySeparatorChar)}, {ViewSql.Literal(tempDirectory + System.IO.Path.DirectorySeparatorChar)}]");
        statements.Add("SET enable_external_access = false");
        statements.Add("SET autoinstall_known_extensions = false");
        statements.Add("SET autoload_known_extensions = false");
        statements.Add("SET lock_configuration = true");

        var connection = new DuckDBConnection("DataSource=:memory:");
        try
        {
            connection.Open();
            foreach (var statement in statements)
            {
                using var command = connection.CreateCommand();
                command.CommandText = statement;
                Run(() => command.ExecuteNonQuery());
            }
        }
        catch
        {
            connection.Dispose();
            throw;
        }

        return new DatasetQuery(root, manifest, connection, tempDirectory, tables);
    }

    /// <summary>Runs <paramref name="sql"/> and returns every row.</summary>
    /// <exception cref="DatasetQueryException">The SQL is invalid or fails (DuckDB's message).</exception>
    /// <exception cref="ObjectDisposedException">The query object was disposed.</exception>
    public QueryResult Execute(string sql)
    {
        using var stream = Stream(sql);
        var rows = new List<object?[]>();
        foreach (var row in stream)
        {
            rows.Add(row);
        }

        return new QueryResult(stream.Columns, rows);
    }

    /// <summary>
    /// Starts <paramref name="sql"/> and returns its rows as a stream read on demand; column names are available at
    /// once. SQL errors found before the first row throw here, later ones while enumerating.
    /// </summary>
    /// <exception cref="DatasetQueryException">The SQL is invalid or fails (DuckDB's message).</exception>
    /// <exception cref="ObjectDisposedException">The query object was disposed.</exception>
    public QueryRows Stream(string sql)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(sql);
        var command = Command(sql);
        try
        {
            var reader = Run(() => command.ExecuteReader());
            return new QueryRows(command, reader);
        }
        catch
        {
            command.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Starts <paramref name="sql"/> and returns a typed cursor over its rows: the allocation-free path for loaders
    /// reading millions of rows. SQL errors found before the first row throw here, later ones from
    /// <see cref="QueryCursor.Read"/>.
    /// </summary>
    /// <exception cref="DatasetQueryException">The SQL is invalid or fails (DuckDB's message).</exception>
    /// <exception cref="ObjectDisposedException">The query object was disposed.</exception>
    public QueryCursor Cursor(string sql)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(sql);
        var command = Command(sql);
        try
        {
            var reader = Run(() => command.ExecuteReader());
            return new QueryCursor(command, reader);
        }
        catch
        {
            command.Dispose();
            throw;
        }
    }

    /// <summary>Reads every row of <paramref name="schema"/>'s table, in commit order (block ranges, then row order).</summary>
    /// <exception cref="InvalidOperationException">The schema has no row factory.</exception>
    /// <exception cref="DatasetQueryException">DuckDB failed (e.g. the table has no view because it has no file and no schema was given).</exception>
    /// <exception cref="ChainDataException">A stored value does not convert to the row type.</exception>
    public IEnumerable<TRow> Read<TRow>(TableSchema<TRow> schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        if (!schema.CanRead)
        {
            throw new InvalidOperationException($"Table schema {schema.Name} has no row factory; it cannot be read as rows.");
        }

        return ReadRows(schema, CancellationToken.None);
    }

    /// <summary>Reads every row of <paramref name="schema"/>'s table asynchronously (see <see cref="Read{TRow}"/>).</summary>
    /// <exception cref="InvalidOperationException">The schema has no row factory.</exception>
    /// <exception cref="DatasetQueryException">DuckDB failed.</exception>
    /// <exception cref="ChainDataException">A stored value does not convert to the row type.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public async IAsyncEnumerable<TRow> ReadAsync<TRow>(
        TableSchema<TRow> schema, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await Task.Yield();
        foreach (var row in Read(schema))
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return row;
        }
    }

    /// <summary>
    /// The outputs of a Bitcoin dataset that no input of the dataset spends (a DuckDB anti join): what an ingest
    /// needs to rebuild its UTXO set on resume. Unordered. Duplicate transaction ids (BIP30: blocks 91842 and 91880)
    /// yield both outputs; keep the one with the higher <see cref="UnspentOutputRow.BlockNumber"/>.
    /// </summary>
    /// <exception cref="InvalidOperationException">The dataset is not a Bitcoin dataset.</exception>
    /// <exception cref="DatasetQueryException">DuckDB failed.</exception>
    /// <exception cref="ChainDataException">A stored transaction hash is not 64 hex digits.</exception>
    public IEnumerable<UnspentOutputRow> ReadUnspentBitcoinOutputs()
    {
        if (Manifest.Chain != ChainKind.Bitcoin)
        {
            throw new InvalidOperationException($"The dataset {Path} is not a Bitcoin dataset.");
        }

        const string Sql = """
            SELECT o.transaction_hash, o."index", o.value, o.type, o.address, o.block_number
            FROM outputs AS o
            ANTI JOIN inputs AS i
              ON i.spent_transaction_hash = o.transaction_hash AND i.spent_output_index = o."index"
            """;
        return ReadUnspent(Sql);
    }

    /// <summary>Closes DuckDB and deletes its spill folder.</summary>
    public void Dispose()
    {
        _connection.Dispose();
        try
        {
            if (Directory.Exists(_tempDirectory))
            {
                Directory.Delete(_tempDirectory, recursive: true);
            }
        }
        catch (IOException)
        {
        }
    }

    internal static bool ReadNext(DbDataReader reader) => Run(reader.Read);

    internal static object?[] CurrentRow(DbDataReader reader)
    {
        var row = new object?[reader.FieldCount];
        for (var i = 0; i < row.Length; i++)
        {
            row[i] = reader.IsDBNull(i) ? null : Run(() => reader.GetValue(i));
        }

        return row;
    }

    private static T Run<T>(Func<T> action)
    {
        try
        {
            return action();
        }
        catch (DbException e)
        {
            throw new DatasetQueryException(e.Message, e);
        }
    }

    private static string ChainView(string root, TableSchema schema, DatasetCheckpoint? checkpoint)
    {
        if (checkpoint is null)
        {
            return ViewSql.TypedView(schema, [], null);
        }

        var parts = PartFile.List(System.IO.Path.Combine(root, schema.Name))
            .Where(p => p.FirstBlock <= checkpoint.LastBlock)
            .ToList();

        // A straddling part whose trimmed copy already exists (a rollback killed between rename and delete) is skipped.
        parts.RemoveAll(p => p.LastBlock > checkpoint.LastBlock
            && parts.Exists(q => q.FirstBlock == p.FirstBlock && q.LastBlock == checkpoint.LastBlock));
        var straddles = parts.Exists(p => p.LastBlock > checkpoint.LastBlock);
        return ViewSql.TypedView(schema, parts.ConvertAll(p => p.Path), straddles ? checkpoint.LastBlock : null);
    }

    private static List<string> DerivedFiles(string directory) =>
        Directory.Exists(directory)
            ? Directory.EnumerateFiles(directory, "*" + PartFileName.Extension, SearchOption.AllDirectories)
                .Where(f => !System.IO.Path.GetFileName(f).StartsWith('.'))
                .Order(StringComparer.Ordinal)
                .ToList()
            : [];

    private static bool IsTableName(string name)
    {
        try
        {
            TableSchemaBuilder<object>.ValidateName(name, nameof(name));
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    private DuckDBCommand Command(string sql)
    {
        ObjectDisposedException.ThrowIf(_connection.State == System.Data.ConnectionState.Closed, this);
        var command = _connection.CreateCommand();
        command.CommandText = sql;
        command.UseStreamingMode = true;
        return command;
    }

    private IEnumerable<TRow> ReadRows<TRow>(TableSchema<TRow> schema, CancellationToken cancellationToken)
    {
        if (!Tables.Contains(schema.Name))
        {
            yield break;
        }

        var columns = string.Join(", ", schema.Columns.Select(c => ViewSql.Identifier(c.Name)));
        using var command = Command($"SELECT {columns} FROM {ViewSql.Identifier(schema.Name)}");
        using var reader = Run(() => command.ExecuteReader());
        var values = new RowValues(reader, schema.Name);
        while (ReadNext(reader))
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return schema.Create(values);
        }
    }

    private IEnumerable<UnspentOutputRow> ReadUnspent(string sql)
    {
        using var command = Command(sql);
        using var reader = Run(() => command.ExecuteReader());
        var values = new RowValues(reader, "outputs");
        while (ReadNext(reader))
        {
            yield return new UnspentOutputRow(
                values.GetBitcoinHash(0), values.GetInt32(1), values.GetInt64(2), values.GetString(3),
                values.GetNullableString(4), values.GetInt64(5));
        }
    }
}
