using MiniAurora.Core.Errors;
using MiniAurora.Core.Results;
using MiniAurora.Core.Values;
using MiniAurora.Engine.Binding;
using MiniAurora.Engine.Execution;
using MiniAurora.Engine.Sessions;
using MiniAurora.Engine.Sessions.Variables;
using MiniAurora.Sql.Ast;
using MiniAurora.Sql.Ast.Expressions;
using MiniAurora.Sql.Ast.Statements;
using AstScope = MiniAurora.Sql.Ast.VariableScope;
using VarScope = MiniAurora.Engine.Sessions.Variables.VariableScope;

namespace MiniAurora.Engine.Statements;

internal static partial class StatementCompiler
{
    private static async ValueTask<OkResult?> SetAsync(SetStatement set, QueryContext ctx, CancellationToken ct)
    {
        var session = ctx.Session;
        var binder = new Binder(session.Engine, ctx.Catalog, session.CurrentDatabase, "");
        foreach (var assignment in set.Assignments)
        {
            switch (assignment.Target)
            {
                case UserVariable uv:
                    session.SetUserVariable(uv.Name, binder.Bind(assignment.Value, null, "field list").Evaluate(ctx.Eval));
                    break;
                case SystemVariable sv:
                    await SetSystemVariableAsync(session, binder, sv, assignment.Value, ctx, ct).ConfigureAwait(false);
                    break;
                case ColumnRef cr:
                    await SetSystemVariableAsync(session, binder, new SystemVariable(cr.Column, AstScope.Default), assignment.Value, ctx, ct).ConfigureAwait(false);
                    break;
                default:
                    throw MySqlErrors.NotSupportedYet("SET target");
            }
        }
        return new OkResult(0);
    }

    private static async ValueTask SetSystemVariableAsync(Session session, Binder binder, SystemVariable target, Expression valueAst, QueryContext ctx, CancellationToken ct)
    {
        if (!SystemVariableTable.All.TryGetValue(target.Name, out var def))
        {
            throw MySqlErrors.UnknownSystemVariable(target.Name);
        }
        bool global = target.Scope is AstScope.Global or AstScope.Persist or AstScope.PersistOnly;
        if (def.ReadOnly)
        {
            throw MySqlErrors.IncorrectGlobalLocalVar(def.Name, "read only");
        }
        if (global && (def.Scope & VarScope.Global) == 0)
        {
            throw MySqlErrors.LocalVariable(def.Name);
        }
        if (!global && (def.Scope & VarScope.Session) == 0)
        {
            throw MySqlErrors.GlobalVariable(def.Name);
        }
        SqlValue value;
        if (valueAst is DefaultValue)
        {
            value = global || (def.Scope & VarScope.Global) == 0
                ? VariableValues.ParseDefault(def, def.Default)
                : session.Engine.GlobalVariables.GetValue(def);
        }
        else
        {
            var raw = valueAst is ColumnRef { Table: null } word
                ? SqlValue.FromString(word.Column)
                : binder.Bind(valueAst, null, "field list").Evaluate(ctx.Eval);
            value = VariableValues.Normalize(def, raw, ctx.Eval);
        }
        if (global)
        {
            session.Engine.GlobalVariables.SetValue(def, value);
            if (def.Name == "innodb_flush_log_at_trx_commit")
            {
                session.Engine.Storage.FlushLogAtTrxCommit = (int)value.AsUInt;
            }
            return;
        }
        switch (def.Name)
        {
            case "autocommit":
                {
                    bool on = value.AsInt != 0;
                    bool wasOn = session.Variables.Autocommit;
                    session.Variables.Set(def, value);
                    if (on && !wasOn && !session.HasExplicitTransaction)
                    {
                        await session.CommitTransactionAsync(ct).ConfigureAwait(false);
                    }
                    else if (on && session.HasExplicitTransaction)
                    {
                        await session.CommitTransactionAsync(ct).ConfigureAwait(false);
                    }
                    return;
                }
            case "transaction_isolation":
            case "tx_isolation":
            case "transaction_read_only":
            case "tx_read_only":
                if (session.InTransaction && session.Transaction?.HasWrites == true)
                {
                    throw MySqlErrors.CantChangeTxCharacteristics();
                }
                break;
            case "last_insert_id":
            case "insert_id":
            case "identity":
                session.LastInsertId = value.AsUInt;
                return;
        }
        session.Variables.Set(def, value);
    }

    private static ValueTask<OkResult?> SetNamesAsync(SetNamesStatement names, QueryContext ctx)
    {
        var charset = names.Charset ?? "utf8mb4";
        if (!Collation.TryGetDefaultForCharset(charset, out var collation))
        {
            throw MySqlErrors.UnknownCharacterSet(charset);
        }
        if (names.Collation is not null)
        {
            if (!Collation.TryGetByName(names.Collation, out var c))
            {
                throw MySqlErrors.UnknownCollation(names.Collation);
            }
            if (c.Charset != collation.Charset)
            {
                throw MySqlErrors.CollationCharsetMismatch(names.Collation, charset);
            }
            collation = c;
        }
        var vars = ctx.Session.Variables;
        var all = SystemVariableTable.All;
        vars.Set(all["character_set_client"], SqlValue.FromString(collation.Charset));
        vars.Set(all["character_set_connection"], SqlValue.FromString(collation.Charset));
        vars.Set(all["character_set_results"], SqlValue.FromString(collation.Charset));
        vars.Set(all["collation_connection"], SqlValue.FromString(collation.Name));
        return new ValueTask<OkResult?>(new OkResult(0));
    }

    private static ValueTask<OkResult?> SetCharacterSetAsync(SetCharacterSetStatement statement, QueryContext ctx)
    {
        var charset = statement.Charset ?? "utf8mb4";
        if (!Collation.TryGetDefaultForCharset(charset, out var collation))
        {
            throw MySqlErrors.UnknownCharacterSet(charset);
        }
        var vars = ctx.Session.Variables;
        var all = SystemVariableTable.All;
        vars.Set(all["character_set_client"], SqlValue.FromString(collation.Charset));
        vars.Set(all["character_set_results"], SqlValue.FromString(collation.Charset));
        vars.Set(all["character_set_connection"], vars.Get(all["character_set_database"]));
        vars.Set(all["collation_connection"], vars.Get(all["collation_database"]));
        return new ValueTask<OkResult?>(new OkResult(0));
    }

    private static ValueTask<OkResult?> SetTransactionAsync(SetTransactionStatement st, QueryContext ctx)
    {
        var session = ctx.Session;
        string? isolation = st.Isolation switch
        {
            IsolationLevel.ReadUncommitted => "READ-UNCOMMITTED",
            IsolationLevel.ReadCommitted => "READ-COMMITTED",
            IsolationLevel.RepeatableRead => "REPEATABLE-READ",
            IsolationLevel.Serializable => "SERIALIZABLE",
            _ => null,
        };
        var all = SystemVariableTable.All;
        switch (st.Scope)
        {
            case AstScope.Global:
            case AstScope.Persist:
            case AstScope.PersistOnly:
                if (isolation is not null)
                {
                    session.Engine.GlobalVariables.SetValue(all["transaction_isolation"], SqlValue.FromString(isolation));
                }
                if (st.ReadOnly is bool gro)
                {
                    session.Engine.GlobalVariables.SetValue(all["transaction_read_only"], SqlValue.FromInt(gro ? 1 : 0));
                }
                break;
            case AstScope.Session:
            case AstScope.Local:
                if (isolation is not null)
                {
                    session.Variables.Set(all["transaction_isolation"], SqlValue.FromString(isolation));
                }
                if (st.ReadOnly is bool sro)
                {
                    session.Variables.Set(all["transaction_read_only"], SqlValue.FromInt(sro ? 1 : 0));
                }
                break;
            default:
                if (session.HasExplicitTransaction)
                {
                    throw MySqlErrors.CantChangeTxCharacteristics();
                }
                session.SetNextTransaction(isolation is null ? null : Session.ParseIsolation(isolation), st.ReadOnly);
                break;
        }
        return new ValueTask<OkResult?>(new OkResult(0));
    }
}
