using System.Diagnostics;
using System.Text.RegularExpressions;
using MySqlConnector;

namespace MiniAurora.Conformance.SqlLogicTest;

/// <summary>
/// Runs sqllogictest files against any MySQL-protocol server over the wire. Each file gets a freshly
/// created empty database, as the format requires.
/// </summary>
internal sealed partial class SltRunner(ServerEndpoint endpoint, string database)
{
    public async Task<SltFileResult> RunFileAsync(string path, CancellationToken ct)
    {
        var parsed = SltParser.Parse(path);
        var watch = Stopwatch.StartNew();
        int passed = 0, failed = 0;
        var failures = new List<SltOutcome>();
        MySqlConnection? connection = null;
        try
        {
            connection = await OpenFreshDatabaseAsync(ct);
            int hashThreshold = 0;
            foreach (var record in parsed.Records)
            {
                if (record.Kind == SltRecordKind.HashThreshold)
                {
                    hashThreshold = record.HashThreshold;
                    continue;
                }
                SltOutcome outcome;
                try
                {
                    outcome = await RunRecordAsync(connection, record, hashThreshold, ct);
                }
                catch (Exception ex) when (ex is InvalidOperationException or IOException or MySqlException { IsTransient: true } || (connection.State != System.Data.ConnectionState.Open))
                {
                    outcome = new SltOutcome(record, false, "(a working connection)", ex.GetType().Name + ": " + ex.Message);
                    await connection.DisposeAsync();
                    connection = await OpenAsync(database, ct);
                }
                if (outcome.Passed)
                {
                    passed++;
                }
                else
                {
                    failed++;
                    failures.Add(outcome);
                }
            }
        }
        finally
        {
            if (connection is not null)
            {
                await connection.DisposeAsync();
            }
        }
        return new SltFileResult(path, passed, failed, parsed.Skipped, watch.Elapsed, failures);
    }

    private async Task<MySqlConnection> OpenFreshDatabaseAsync(CancellationToken ct)
    {
        await using (var admin = await OpenAsync(null, ct))
        {
            await using var cmd = new MySqlCommand($"DROP DATABASE IF EXISTS `{database}`; CREATE DATABASE `{database}`", admin);
            await cmd.ExecuteNonQueryAsync(ct);
        }
        return await OpenAsync(database, ct);
    }

    private async Task<MySqlConnection> OpenAsync(string? db, CancellationToken ct)
    {
        var connection = new MySqlConnection(endpoint.ConnectionString(db));
        await connection.OpenAsync(ct);
        return connection;
    }

    private static async Task<SltOutcome> RunRecordAsync(MySqlConnection connection, SltRecord record, int hashThreshold, CancellationToken ct)
    {
        await using var cmd = new MySqlCommand(record.Sql, connection) { CommandTimeout = 120 };
        if (record.Kind != SltRecordKind.Query)
        {
            try
            {
                await cmd.ExecuteNonQueryAsync(ct);
                return record.Kind == SltRecordKind.StatementOk
                    ? new SltOutcome(record, true)
                    : new SltOutcome(record, false, "an error", "success");
            }
            catch (MySqlException ex)
            {
                return record.Kind == SltRecordKind.StatementError
                    ? new SltOutcome(record, true)
                    : new SltOutcome(record, false, "success", $"ERROR {ex.Number}: {ex.Message}");
            }
        }

        var rows = new List<string[]>();
        try
        {
            await using var reader = await cmd.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                var row = new string[reader.FieldCount];
                for (int c = 0; c < row.Length; c++)
                {
                    char type = c < record.ColumnTypes.Length ? record.ColumnTypes[c] : 'T';
                    row[c] = SltValueFormatter.Render(reader.GetValue(c), type);
                }
                rows.Add(row);
            }
        }
        catch (MySqlException ex)
        {
            return new SltOutcome(record, false, Summarize(record.Expected!), $"ERROR {ex.Number}: {ex.Message}");
        }

        IEnumerable<string> values;
        if (record.Sort == SltSortMode.RowSort)
        {
            rows.Sort(CompareRows);
            values = rows.SelectMany(r => r);
        }
        else if (record.Sort == SltSortMode.ValueSort)
        {
            var all = rows.SelectMany(r => r).ToList();
            all.Sort(string.CompareOrdinal);
            values = all;
        }
        else
        {
            values = rows.SelectMany(r => r);
        }
        var got = values.ToList();
        var expected = record.Expected!;
        var hashMatch = expected.Count == 1 ? HashLine().Match(expected[0]) : Match.Empty;
        if (hashMatch.Success)
        {
            var gotHash = $"{got.Count} values hashing to {SltValueFormatter.Hash(got)}";
            return new SltOutcome(record, gotHash == expected[0], expected[0], gotHash);
        }
        if (got.SequenceEqual(expected))
        {
            return new SltOutcome(record, true);
        }
        var gotText = hashThreshold > 0 && got.Count > hashThreshold
            ? $"{got.Count} values hashing to {SltValueFormatter.Hash(got)}"
            : string.Join("\n", got);
        return new SltOutcome(record, false, Summarize(expected), gotText);
    }

    private static int CompareRows(string[] a, string[] b)
    {
        for (int i = 0; i < Math.Min(a.Length, b.Length); i++)
        {
            int c = string.CompareOrdinal(a[i], b[i]);
            if (c != 0)
            {
                return c;
            }
        }
        return a.Length.CompareTo(b.Length);
    }

    private static string Summarize(IReadOnlyList<string> expected) => string.Join("\n", expected.Take(20)) + (expected.Count > 20 ? "\n..." : "");

    [GeneratedRegex(@"^\d+ values hashing to [0-9a-f]{32}$")]
    private static partial Regex HashLine();
}
