using MiniAurora.Engine.Sessions;
using MiniAurora.Core.Errors;
using MiniAurora.Core.Results;
using MiniAurora.Core.Values;
using MiniAurora.Engine.Execution;
using MiniAurora.Engine.Statements;
using MiniAurora.Sql.Parsing;
using MiniAurora.Storage;

namespace MiniAurora.Engine;

public sealed partial class Session
{
    /// <summary>
    /// COM_QUERY: parses <paramref name="sql"/> (several statements when <paramref name="allowMultiStatements"/>),
    /// then binds, plans and runs each statement in turn, writing each result to <paramref name="sink"/> with
    /// moreResults set on all but the last. Stops at the first error by throwing <see cref="MiniAuroraException"/>
    /// (results already written stay written, as MySQL). Plans are cached by statement text.
    /// </summary>
    public async ValueTask ExecuteAsync(string sql, IResultSink sink, bool allowMultiStatements, CancellationToken ct)
    {
        BeginCommand("Query", sql);
        try
        {
            var catalog = Engine.Storage.Catalog;
            if (Engine.PlanCache.TryGet(CurrentDatabase, sql, catalog.Version, out var cached))
            {
                await RunAsync(cached, sink, false, ReadOnlyMemory<SqlValue>.Empty, ct).ConfigureAwait(false);
                return;
            }
            if (!allowMultiStatements)
            {
                var parsed = SqlParser.ParseStatement(sql);
                var compiled = Compile(parsed.Statement, parsed.Text, parsed.ParameterCount);
                if (compiled.Cacheable && compiled.ParameterCount == 0)
                {
                    Engine.PlanCache.Add(CurrentDatabase, sql, compiled);
                }
                await RunAsync(compiled, sink, false, ReadOnlyMemory<SqlValue>.Empty, ct).ConfigureAwait(false);
                return;
            }
            var pieces = SqlParser.Split(sql).Where(p => p.Trim().Length > 0).ToList();
            if (pieces.Count == 0)
            {
                throw MySqlErrors.EmptyQuery();
            }
            for (int i = 0; i < pieces.Count; i++)
            {
                var parsed = SqlParser.ParseStatement(pieces[i]);
                var compiled = Compile(parsed.Statement, parsed.Text, parsed.ParameterCount);
                if (pieces.Count == 1 && compiled.Cacheable && compiled.ParameterCount == 0)
                {
                    Engine.PlanCache.Add(CurrentDatabase, sql, compiled);
                }
                await RunAsync(compiled, sink, i < pieces.Count - 1, ReadOnlyMemory<SqlValue>.Empty, ct).ConfigureAwait(false);
            }
        }
        finally
        {
            EndCommand();
        }
    }

    private void BeginCommand(string command, string? text)
    {
        _queryKilled = false;
        ChangedSchema = null;
        CurrentCommand = command;
        CurrentStatement = text;
        CommandStart = Engine.Time.GetUtcNow();
    }

    private void EndCommand()
    {
        CurrentCommand = "Sleep";
        CurrentStatement = null;
        CommandStart = Engine.Time.GetUtcNow();
    }

    internal CompiledStatement Compile(Sql.Ast.Statement statement, string text, int parameterCount)
    {
        try
        {
            return StatementCompiler.Compile(this, statement, text, parameterCount);
        }
        catch (Exception e) when (e is not MiniAuroraException and not OperationCanceledException)
        {
            // A binder bug must not drop the connection: report it as MySQL's generic internal error.
            throw MySqlErrors.InternalError(e.GetType().Name + ": " + e.Message);
        }
    }

    /// <summary>Runs one compiled statement inside the session's transaction rules (autocommit, statement rollback).</summary>
    internal async ValueTask RunAsync(CompiledStatement statement, IResultSink sink, bool moreResults, ReadOnlyMemory<SqlValue> parameters, CancellationToken ct)
    {
        if (_connectionKilled)
        {
            throw MySqlErrors.QueryInterrupted();
        }
        var eval = Eval;
        if (statement.ClearsWarnings)
        {
            eval.ClearWarnings();
            _errorCount = 0;
        }
        eval.Parameters = parameters;
        eval.Mode = Variables.Mode;
        eval.WarningsAsErrors = false;
        eval.RowNumber = 1;
        eval.OuterRows.Clear();
        var now = Engine.Time.GetUtcNow();
        eval.StatementUtcTime = now.UtcDateTime;
        eval.StatementTime = SessionTime(now);
        var catalog = Engine.Storage.Catalog;
        try
        {
            if (statement.Class == StatementClass.Control)
            {
                var control = new QueryContext(this, _transaction, catalog, eval) { CancellationToken = ct };
                eval.Query = control;
                var controlOk = await statement.ExecuteAsync(control, sink, moreResults, ct).ConfigureAwait(false);
                if (controlOk is OkResult ok)
                {
                    LastRowCount = (long)ok.AffectedRows;
                    await sink.WriteOkAsync(ok, moreResults, ct).ConfigureAwait(false);
                }
                else
                {
                    LastRowCount = -1;
                }
                return;
            }
            bool autocommitTransaction = false;
            if (_transaction is null)
            {
                _transaction = BeginStorageTransaction(null, false);
                _explicitTransaction = false;
                autocommitTransaction = Variables.Autocommit;
            }
            var tx = _transaction;
            tx.BeginStatement();
            var context = new QueryContext(this, tx, catalog, eval) { CancellationToken = ct };
            eval.Query = context;
            OkResult? result;
            try
            {
                result = await statement.ExecuteAsync(context, sink, moreResults, ct).ConfigureAwait(false);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                if (e is MiniAuroraException { Code: ErrorCode.ER_LOCK_DEADLOCK } || tx.State != TransactionState.Active)
                {
                    DropTransaction();
                }
                else if (autocommitTransaction)
                {
                    RollbackTransaction();
                }
                else
                {
                    tx.RollbackStatement();
                }
                throw;
            }
            if (autocommitTransaction)
            {
                _transaction = null;
                try
                {
                    await tx.CommitAsync(ct).ConfigureAwait(false);
                }
                finally
                {
                    tx.Dispose();
                }
            }
            if (result is OkResult r)
            {
                LastRowCount = (long)r.AffectedRows;
                await sink.WriteOkAsync(r, moreResults, ct).ConfigureAwait(false);
            }
            else
            {
                LastRowCount = -1;
            }
        }
        catch (MiniAuroraException e)
        {
            _errorCount++;
            eval.AddWarning(SqlWarning.FromException(e));
            throw;
        }
        catch (Exception e) when (e is not OperationCanceledException and not MiniAuroraException)
        {
            _errorCount++;
            var wrapped = MySqlErrors.InternalError(e.GetType().Name + ": " + e.Message);
            eval.AddWarning(SqlWarning.FromException(wrapped));
            throw wrapped;
        }
    }

    private DateTime SessionTime(DateTimeOffset now)
    {
        var tz = Variables.GetText("time_zone");
        if (tz is "SYSTEM" or "")
        {
            var local = Engine.Time.LocalTimeZone;
            return local == TimeZoneInfo.Utc ? now.UtcDateTime : TimeZoneInfo.ConvertTime(now, local).DateTime;
        }
        if (tz.Length >= 5 && (tz[0] == '+' || tz[0] == '-') && TimeSpan.TryParse(tz[1..], System.Globalization.CultureInfo.InvariantCulture, out var offset))
        {
            return (now.UtcDateTime + (tz[0] == '-' ? -offset : offset));
        }
        if (tz is "UTC" or "+00:00")
        {
            return now.UtcDateTime;
        }
        try
        {
            return TimeZoneInfo.ConvertTime(now, TimeZoneInfo.FindSystemTimeZoneById(tz)).DateTime;
        }
        catch (TimeZoneNotFoundException)
        {
            return now.UtcDateTime;
        }
    }
}
