using System.Runtime.CompilerServices;
using MiniAurora.Core.Errors;
using MiniAurora.Core.Results;
using MiniAurora.Core.Values;
using MiniAurora.Engine.Binding;
using MiniAurora.Engine.Execution;
using MiniAurora.Engine.Statements;
using MiniAurora.Sql.Ast;
using MiniAurora.Sql.Ast.Expressions;
using MiniAurora.Sql.Ast.Routines;
using MiniAurora.Sql.Ast.Statements;
using MiniAurora.Sql.Parsing;
using MiniAurora.Storage.Catalog;
using MiniAurora.Storage.Catalog.Changes;

namespace MiniAurora.Engine.Routines;

/// <summary>
/// CREATE/DROP PROCEDURE and CALL. Procedures are stored as generic catalog objects holding their CREATE text
/// (durable through the WAL); a CALL re-parses and compiles that text once per catalog object and caches the
/// result keyed by the (immutable) object, so a redefinition naturally gets a fresh compile.
/// </summary>
internal static class RoutineStatements
{
    private const int MaxDepth = 64;
    private static readonly ConditionalWeakTable<CatalogObject, CompiledRoutine> s_compiled = new();
    private static readonly AsyncLocal<int> s_depth = new();

    /// <summary>Compiles a stored-program statement, or returns null when <paramref name="statement"/> is not one.</summary>
    public static CompiledStatement? TryCompile(Session session, Statement statement, string text, long version, int parameterCount, Func<string, string?>? locals) => statement switch
    {
        CreateProcedureStatement create => Control(statement, version, (ctx, sink, ct) => CreateProcedureAsync(create, text, ctx, ct)),
        DropRoutineStatement drop => Control(statement, version, (ctx, sink, ct) => DropRoutineAsync(drop, ctx, ct)),
        CreateFunctionStatement function => Control(statement, version, (ctx, sink, ct) => CreateFunctionAsync(function, text, ctx, ct)),
        CreateTriggerStatement trigger => Control(statement, version, (ctx, sink, ct) => TriggerStatements.CreateAsync(trigger, text, ctx, ct)),
        DropTriggerStatement drop => Control(statement, version, (ctx, sink, ct) => TriggerStatements.DropAsync(drop, ctx, ct)),
        CallStatement call => Control(statement, version, (ctx, sink, ct) => CallAsync(call, locals, ctx, sink, ct), parameterCount),
        _ => null,
    };

    private static UtilityStatement Control(Statement ast, long version, Func<QueryContext, IResultSink, CancellationToken, ValueTask<OkResult>> run, int parameterCount = 0) =>
        new(ast, version, parameterCount, [], true, StatementClass.Control, async (ctx, sink, more, ct) => await run(ctx, sink, ct).ConfigureAwait(false));

    private static string Schema(Session session, ObjectName name)
    {
        var db = name.Schema ?? session.CurrentDatabase ?? throw MySqlErrors.NoDbError();
        if (!session.Engine.Storage.Catalog.TryGetDatabase(db, out _))
        {
            throw MySqlErrors.BadDbError(db);
        }
        return db;
    }

    private static ValueTask<OkResult> CreateProcedureAsync(CreateProcedureStatement create, string text, QueryContext ctx, CancellationToken ct) =>
        CreateRoutineAsync(CatalogObjectKind.Procedure, create.Name, create.IfNotExists, create.Definer, db => ProcedureCompiler.Compile(db, create, text), text, ctx, ct);

    private static ValueTask<OkResult> CreateFunctionAsync(CreateFunctionStatement create, string text, QueryContext ctx, CancellationToken ct) =>
        CreateRoutineAsync(CatalogObjectKind.Function, create.Name, create.IfNotExists, create.Definer, db => ProcedureCompiler.CompileFunction(db, create, text), text, ctx, ct);

    /// <summary>
    /// CREATE PROCEDURE/FUNCTION: implicit commit, 1304 (or a note with IF NOT EXISTS), a compile to reject bad
    /// bodies at CREATE time as MySQL does, then the CREATE text stored as a catalog object.
    /// </summary>
    private static async ValueTask<OkResult> CreateRoutineAsync(CatalogObjectKind kind, ObjectName name, bool ifNotExists, Definer? definer,
        Action<string> compile, string text, QueryContext ctx, CancellationToken ct)
    {
        var word = kind == CatalogObjectKind.Function ? "FUNCTION" : "PROCEDURE";
        var session = ctx.Session;
        await session.CommitTransactionAsync(ct).ConfigureAwait(false);
        var db = Schema(session, name);
        var catalog = session.Engine.Storage.Catalog;
        if (catalog.TryGetObject(kind, db, name.Name, out _))
        {
            if (ifNotExists)
            {
                ctx.Eval.AddWarning(MySqlErrorInfo.Of(ErrorCode.ER_SP_ALREADY_EXISTS).Note(word, name.Name));
                return new OkResult(0);
            }
            throw MySqlErrors.SpAlreadyExists(word, name.Name);
        }
        compile(db);
        var now = session.Engine.Time.GetUtcNow().UtcDateTime;
        var obj = new CatalogObject(kind, db, name.Name, text)
        {
            Definer = definer is null ? $"`{session.User}`@`{session.Host}`" : $"`{definer.User}`@`{definer.Host}`",
            SqlMode = session.Variables.GetText("sql_mode"),
            Order = catalog.Version,
            Created = now,
            Modified = now,
        };
        await ctx.Storage.ApplyDdlAsync(new CatalogChange[] { new PutObject(obj) }, ct).ConfigureAwait(false);
        return new OkResult(0);
    }

    private static async ValueTask<OkResult> DropRoutineAsync(DropRoutineStatement drop, QueryContext ctx, CancellationToken ct)
    {
        var kind = drop.IsFunction ? CatalogObjectKind.Function : CatalogObjectKind.Procedure;
        var word = drop.IsFunction ? "FUNCTION" : "PROCEDURE";
        var session = ctx.Session;
        await session.CommitTransactionAsync(ct).ConfigureAwait(false);
        var db = drop.Name.Schema ?? session.CurrentDatabase ?? throw MySqlErrors.NoDbError();
        if (!session.Engine.Storage.Catalog.TryGetObject(kind, db, drop.Name.Name, out var obj))
        {
            if (drop.IfExists)
            {
                ctx.Eval.AddWarning(MySqlErrorInfo.Of(ErrorCode.ER_SP_DOES_NOT_EXIST).Note(word, db + "." + drop.Name.Name));
                return new OkResult(0);
            }
            throw MySqlErrors.SpDoesNotExist(word, db + "." + drop.Name.Name);
        }
        await ctx.Storage.ApplyDdlAsync(new CatalogChange[] { new DropObject(kind, obj.Schema, obj.Name) }, ct).ConfigureAwait(false);
        return new OkResult(0);
    }

    private static CompiledRoutine Load(CatalogObject obj) => s_compiled.GetValue(obj, o =>
    {
        var create = SqlParser.Parse(o.CreateText) as CreateProcedureStatement
            ?? throw MySqlErrors.InternalError("stored procedure text is not CREATE PROCEDURE: " + o.Name);
        return ProcedureCompiler.Compile(o.Schema, create, o.CreateText);
    });

    private static async ValueTask<OkResult> CallAsync(CallStatement call, Func<string, string?>? callerLocals, QueryContext ctx, IResultSink sink, CancellationToken ct)
    {
        var session = ctx.Session;
        var db = call.Name.Schema ?? session.CurrentDatabase ?? throw MySqlErrors.NoDbError();
        if (!session.Engine.Storage.Catalog.TryGetObject(CatalogObjectKind.Procedure, db, call.Name.Name, out var obj))
        {
            throw MySqlErrors.SpDoesNotExist("PROCEDURE", db + "." + call.Name.Name);
        }
        var routine = Load(obj);
        if (call.Arguments.Count != routine.Parameters.Count)
        {
            throw MySqlErrors.SpWrongNoOfArgs("PROCEDURE", db + "." + routine.Name, routine.Parameters.Count, call.Arguments.Count);
        }
        var outTargets = new string?[routine.Parameters.Count];
        var binder = new Binder(session.Engine, session.Engine.Storage.Catalog, session.CurrentDatabase, "") { LocalResolver = callerLocals };
        var inputs = new SqlValue[routine.Parameters.Count];
        for (int i = 0; i < routine.Parameters.Count; i++)
        {
            var p = routine.Parameters[i];
            var arg = call.Arguments[i];
            if (p.Mode != ParameterMode.In)
            {
                outTargets[i] = arg switch
                {
                    UserVariable uv => uv.Name,
                    ColumnRef { Table: null } c when callerLocals?.Invoke(c.Column) is { } local => local,
                    _ => throw MySqlErrors.SpNotVarArg(i + 1, db + "." + routine.Name),
                };
            }
            inputs[i] = p.Mode == ParameterMode.Out ? SqlValue.Null : binder.Bind(arg, null, "field list").Evaluate(ctx.Eval);
        }
        if (s_depth.Value >= MaxDepth)
        {
            throw MySqlErrors.SpRecursionLimit(MaxDepth, routine.Name);
        }
        var frame = new ProcedureInterpreter(routine, session);
        s_depth.Value++;
        try
        {
            for (int i = 0; i < inputs.Length; i++)
            {
                frame.SetSlot(i, inputs[i], ctx.Eval);
            }
            ulong affected = await frame.RunAsync(ctx, sink, ct).ConfigureAwait(false);
            for (int i = 0; i < outTargets.Length; i++)
            {
                if (outTargets[i] is { } target)
                {
                    session.SetUserVariable(target, frame.GetSlot(i));
                }
            }
            return new OkResult(affected);
        }
        finally
        {
            s_depth.Value--;
            frame.Release();
        }
    }
}
