using MiniAurora.Engine.Sessions;
using MiniAurora.Core.Errors;
using MiniAurora.Core.Results;
using MiniAurora.Core.Values;
using MiniAurora.Engine.Statements;
using MiniAurora.Sql.Parsing;

namespace MiniAurora.Engine;

public sealed partial class Session
{
    private readonly Dictionary<int, PreparedStatement> _prepared = [];
    private int _nextStatementId;

    private sealed class PreparedStatement
    {
        public PreparedStatement(string sql, Sql.Ast.Statement ast, string text, int parameterCount, CompiledStatement compiled, string? database)
        {
            Sql = sql;
            Ast = ast;
            Text = text;
            ParameterCount = parameterCount;
            Compiled = compiled;
            Database = database;
        }

        public string Sql { get; }

        public Sql.Ast.Statement Ast { get; }

        public string Text { get; }

        public int ParameterCount { get; }

        public CompiledStatement Compiled { get; set; }

        public string? Database { get; set; }
    }

    /// <summary>COM_STMT_PREPARE: parses and plans once; throws 1064 (or a binding error) on bad SQL.</summary>
    public PreparedStatementInfo Prepare(string sql)
    {
        BeginCommand("Prepare", sql);
        try
        {
            var parsed = SqlParser.ParseStatement(sql);
            var compiled = Compile(parsed.Statement, parsed.Text, parsed.ParameterCount);
            int max = (int)Math.Min(int.MaxValue, Engine.GlobalVariables.GetValue(MiniAurora.Engine.Sessions.Variables.SystemVariableTable.All["max_prepared_stmt_count"]).AsUInt);
            if (_prepared.Count >= max)
            {
                throw MySqlErrors.MaxPreparedStmtCountReached(max);
            }
            int id = ++_nextStatementId;
            _prepared[id] = new PreparedStatement(sql, parsed.Statement, parsed.Text, parsed.ParameterCount, compiled, CurrentDatabase);
            return new PreparedStatementInfo(id, parsed.ParameterCount, compiled.Columns);
        }
        finally
        {
            EndCommand();
        }
    }

    /// <summary>COM_STMT_EXECUTE with already-decoded parameter values (NULL for unbound ones).</summary>
    public async ValueTask ExecutePreparedAsync(int statementId, ReadOnlyMemory<SqlValue> parameters, IResultSink sink, CancellationToken ct)
    {
        if (!_prepared.TryGetValue(statementId, out var ps))
        {
            throw MySqlErrors.UnknownStmtHandler(statementId.ToString(System.Globalization.CultureInfo.InvariantCulture), "mysqld_stmt_execute");
        }
        BeginCommand("Execute", ps.Sql);
        try
        {
            if (ps.Compiled.CatalogVersion != Engine.Storage.Catalog.Version && ps.Compiled is not UtilityStatement || ps.Database != CurrentDatabase)
            {
                ps.Compiled = Compile(ps.Ast, ps.Text, ps.ParameterCount);
                ps.Database = CurrentDatabase;
            }
            await RunAsync(ps.Compiled, sink, false, parameters, ct).ConfigureAwait(false);
        }
        finally
        {
            EndCommand();
        }
    }

    /// <summary>COM_STMT_CLOSE (no reply; unknown ids are ignored).</summary>
    public void ClosePrepared(int id) => _prepared.Remove(id);

    /// <summary>COM_STMT_RESET: nothing is buffered per statement (long data is the protocol's), so only checks the id.</summary>
    public void ResetPrepared(int id)
    {
        if (!_prepared.ContainsKey(id))
        {
            throw MySqlErrors.UnknownStmtHandler(id.ToString(System.Globalization.CultureInfo.InvariantCulture), "mysqld_stmt_reset");
        }
    }

    /// <summary>The result columns a prepared statement will return (for COM_STMT_PREPARE metadata refresh).</summary>
    public IReadOnlyList<ResultColumn> PreparedColumns(int id) => _prepared.TryGetValue(id, out var ps) ? ps.Compiled.Columns : [];
}
