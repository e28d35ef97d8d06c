using MiniAurora.Core.Errors;
using MiniAurora.Core.Results;
using MiniAurora.Core.Values;
using MiniAurora.Engine.Binding;
using MiniAurora.Engine.Execution;
using MiniAurora.Engine.Planning;
using MiniAurora.Engine.Sessions;
using MiniAurora.Engine.Values;
using MiniAurora.Sql.Ast;
using MiniAurora.Sql.Ast.Expressions;
using MiniAurora.Sql.Ast.Query;
using MiniAurora.Sql.Ast.Statements;
using static MiniAurora.Engine.Statements.ResultWriter;

namespace MiniAurora.Engine.Statements;

/// <summary>Turns an AST statement into a <see cref="CompiledStatement"/> (data statements are bound and planned here).</summary>
internal static partial class StatementCompiler
{
    public static CompiledStatement Compile(Session session, Statement statement, string text, int parameterCount, Func<string, string?>? locals = null)
    {
        var catalog = session.Engine.Storage.Catalog;
        var binder = new Binder(session.Engine, catalog, session.CurrentDatabase, text) { LocalResolver = locals };
        if (Routines.RoutineStatements.TryCompile(session, statement, text, catalog.Version, parameterCount, locals) is { } routine)
        {
            return routine;
        }
        switch (statement)
        {
            case SelectStatement select:
                {
                    var plan = binder.BindQuery(select.Query, null);
                    string[]? into = null;
                    if (select.Query is SelectQuery { Into.Count: > 0 } sq)
                    {
                        into = sq.Into.Select(e => e is UserVariable uv ? uv.Name : e is ColumnRef { Table: null } c && locals?.Invoke(c.Column) is { } l ? l : throw MySqlErrors.NotSupportedYet("SELECT INTO local variables outside stored programs")).ToArray();
                    }
                    bool diagnostics = select.Query is SelectQuery q2 && q2.Items.Any(i => i is ExpressionItem { Expression: SystemVariable sv }
                        && sv.Name.ToLowerInvariant() is "warning_count" or "error_count");
                    return new QueryStatement(catalog.Version, Math.Max(parameterCount, binder.ParameterCount), plan, into, clearsWarnings: !diagnostics);
                }
            case InsertStatement insert:
                return binder.BindInsert(insert);
            case UpdateStatement update:
                return binder.BindUpdate(update);
            case DeleteStatement delete:
                return binder.BindDelete(delete);
            case ShowStatement show:
                return Utility(statement, catalog.Version, parameterCount, [], show.Kind is not (ShowKind.Warnings or ShowKind.Errors), StatementClass.Data,
                    (ctx, sink, more, ct) => ShowAsync(show, ctx, sink, more, ct));
            case SetStatement set:
                return Utility(statement, catalog.Version, parameterCount, [], true, StatementClass.Control, (ctx, sink, more, ct) => SetAsync(set, ctx, ct));
            case SetNamesStatement names:
                return Utility(statement, catalog.Version, 0, [], true, StatementClass.Control, (ctx, sink, more, ct) => SetNamesAsync(names, ctx));
            case SetCharacterSetStatement charset:
                return Utility(statement, catalog.Version, 0, [], true, StatementClass.Control, (ctx, sink, more, ct) => SetCharacterSetAsync(charset, ctx));
            case SetTransactionStatement st:
                return Utility(statement, catalog.Version, 0, [], true, StatementClass.Control, (ctx, sink, more, ct) => SetTransactionAsync(st, ctx));
            case UseStatement use:
                return Utility(statement, catalog.Version, 0, [], true, StatementClass.Control, (ctx, sink, more, ct) =>
                {
                    ctx.Session.UseDatabase(use.Database);
                    return new ValueTask<OkResult?>(new OkResult(0));
                });
            case StartTransactionStatement start:
                return Utility(statement, catalog.Version, 0, [], true, StatementClass.Control, async (ctx, sink, more, ct) =>
                {
                    await ctx.Session.BeginExplicitAsync(start.ReadOnly, start.ConsistentSnapshot, ct).ConfigureAwait(false);
                    return new OkResult(0);
                });
            case CommitStatement commit:
                return Utility(statement, catalog.Version, 0, [], true, StatementClass.Control, async (ctx, sink, more, ct) =>
                {
                    await ctx.Session.CommitTransactionAsync(ct).ConfigureAwait(false);
                    if (commit.Chain)
                    {
                        await ctx.Session.BeginExplicitAsync(null, false, ct).ConfigureAwait(false);
                    }
                    return new OkResult(0);
                });
            case RollbackStatement rollback:
                return Utility(statement, catalog.Version, 0, [], true, StatementClass.Control, (ctx, sink, more, ct) =>
                {
                    if (rollback.Savepoint is not null)
                    {
                        var tx = ctx.Session.Transaction ?? throw MySqlErrors.SpDoesNotExist("SAVEPOINT", rollback.Savepoint);
                        tx.RollbackToSavepoint(rollback.Savepoint);
                    }
                    else
                    {
                        ctx.Session.RollbackTransaction();
                    }
                    return new ValueTask<OkResult?>(new OkResult(0));
                });
            case SavepointStatement sp:
                return Utility(statement, catalog.Version, 0, [], true, StatementClass.Control, (ctx, sink, more, ct) =>
                {
                    ctx.Session.Transaction?.SetSavepoint(sp.Name);
                    return new ValueTask<OkResult?>(new OkResult(0));
                });
            case ReleaseSavepointStatement rs:
                return Utility(statement, catalog.Version, 0, [], true, StatementClass.Control, (ctx, sink, more, ct) =>
                {
                    var tx = ctx.Session.Transaction ?? throw MySqlErrors.SpDoesNotExist("SAVEPOINT", rs.Name);
                    tx.ReleaseSavepoint(rs.Name);
                    return new ValueTask<OkResult?>(new OkResult(0));
                });
            case DoStatement doStatement:
                {
                    var exprs = doStatement.Expressions.Select(e => binder.Bind(e, null, "field list")).ToArray();
                    return Utility(statement, catalog.Version, binder.ParameterCount, [], true, StatementClass.Data, (ctx, sink, more, ct) =>
                    {
                        foreach (var e in exprs)
                        {
                            e.Evaluate(ctx.Eval);
                        }
                        return new ValueTask<OkResult?>(new OkResult(0));
                    });
                }
            case KillStatement kill:
                {
                    var idExpr = binder.Bind(kill.ConnectionId, null, "field list");
                    return Utility(statement, catalog.Version, binder.ParameterCount, [], true, StatementClass.Control, (ctx, sink, more, ct) =>
                    {
                        ulong id = ValueConversion.ToUInt64(idExpr.Evaluate(ctx.Eval), ctx.Eval);
                        var target = ctx.Session.Engine.FindSession(id) ?? throw MySqlErrors.NoSuchThread(id);
                        if (kill.QueryOnly)
                        {
                            target.KillQuery();
                        }
                        else
                        {
                            target.Kill();
                        }
                        return new ValueTask<OkResult?>(new OkResult(0));
                    });
                }
            case DescribeStatement describe:
                return Utility(statement, catalog.Version, 0, [], true, StatementClass.Data, (ctx, sink, more, ct) =>
                    ShowAsync(new ShowStatement(ShowKind.Columns) { Target = describe.Table, Filter = describe.Column is null ? null : new ShowFilter(describe.Column, null) }, ctx, sink, more, ct));
            case ExplainStatement explain:
                return CompileExplain(session, binder, explain, catalog.Version);
            case FlushStatement:
            case LockTablesStatement:
            case UnlockTablesStatement:
                return Utility(statement, catalog.Version, 0, [], true, StatementClass.Control, (ctx, sink, more, ct) => new ValueTask<OkResult?>(new OkResult(0)));
            default:
                return CompileDdl(session, binder, statement, catalog.Version);
        }
    }

    private static UtilityStatement Utility(Statement ast, long version, int parameterCount, IReadOnlyList<ResultColumn> columns, bool clearsWarnings, StatementClass cls,
        Func<QueryContext, IResultSink, bool, CancellationToken, ValueTask<OkResult?>> run) =>
        new(ast, version, parameterCount, columns, clearsWarnings, cls, run);

    private static CompiledStatement CompileExplain(Session session, Binder binder, ExplainStatement explain, long version)
    {
        if (explain.Statement is DescribeStatement d)
        {
            return Compile(session, d, binder.SqlText, 0);
        }
        PlanNode plan = explain.Statement switch
        {
            SelectStatement s => binder.BindQuery(s.Query, null).Plan,
            _ => RowsNode.SingleRow,
        };
        var rows = new List<ExplainRow>();
        plan.Explain(rows);
        if (rows.Count == 0)
        {
            rows.Add(new ExplainRow("", "", null, null, null, null, 0, "No tables used"));
        }
        var columns = new[]
        {
            SignedNumber("id"), Text("select_type", 19), Text("table", 64, true), Text("partitions", 255, true), Text("type", 10, true), Text("possible_keys", 4096, true),
            Text("key", 64, true), Text("key_len", 4096, true), Text("ref", 1024, true), SignedNumber("rows", true), new ResultColumn("filtered", new ColumnType(SqlTypeKind.Double, Length: 5, Scale: 2), ColumnFlags.Binary),
            Text("Extra", 255, true),
        };
        return Utility(explain, version, binder.ParameterCount, columns, true, StatementClass.Data, (ctx, sink, more, ct) =>
            ResultWriter.WriteAsync(ctx, sink, columns, rows.Select(r => new[]
            {
                SqlValue.FromInt(1), S("SIMPLE"), r.Table.Length == 0 ? SqlValue.Null : S(r.Table), SqlValue.Null, r.Type.Length == 0 ? SqlValue.Null : S(r.Type),
                S(r.PossibleKeys), S(r.Key), S(r.KeyLen), S(r.Ref), r.Table.Length == 0 ? SqlValue.Null : SqlValue.FromInt(r.Rows), SqlValue.FromDouble(100), S(r.Extra),
            }).ToList(), more, ct));
    }
}
