using System.Runtime.CompilerServices;
using MiniAurora.Core.Errors;
using MiniAurora.Core.Values;
using MiniAurora.Engine.Binding;
using MiniAurora.Engine.Expressions;
using MiniAurora.Engine.Values;
using MiniAurora.Sql.Ast.Routines;
using MiniAurora.Sql.Parsing;
using MiniAurora.Storage.Catalog;

namespace MiniAurora.Engine.Routines;

/// <summary>
/// A call of a stored function inside an expression. Expressions are synchronous (ARCHITECTURE.md B5), so the
/// function's instructions run here directly: locals in hidden user variables of a per-call frame, like procedures.
/// </summary>
internal sealed class BoundStoredFunction : BoundExpression
{
    private const int MaxDepth = 64;
    private static readonly ConditionalWeakTable<CatalogObject, CompiledRoutine> s_compiled = new();
    private static long s_nextFrame;

    [ThreadStatic]
    private static int t_depth;

    private readonly CompiledRoutine _routine;
    private readonly BoundExpression[] _args;

    private BoundStoredFunction(CompiledRoutine routine, BoundExpression[] args)
        : base(routine.Returns!)
    {
        _routine = routine;
        _args = args;
    }

    public override IReadOnlyList<BoundExpression> Children => _args;

    public override bool IsConstant => false;

    public override BoundExpression WithChildren(IReadOnlyList<BoundExpression> children) => new BoundStoredFunction(_routine, children.ToArray());

    /// <summary>Binds a call of stored function <paramref name="name"/> in <paramref name="schema"/>, or returns null when none exists.</summary>
    public static BoundStoredFunction? TryBind(CatalogSnapshot catalog, string? schema, string name, Func<BoundExpression[]> bindArgs)
    {
        if (schema is null || !catalog.TryGetObject(CatalogObjectKind.Function, schema, name, out var obj))
        {
            return null;
        }
        var routine = Load(obj);
        var args = bindArgs();
        if (args.Length != routine.Parameters.Count)
        {
            throw MySqlErrors.SpWrongNoOfArgs("FUNCTION", obj.Schema + "." + routine.Name, routine.Parameters.Count, args.Length);
        }
        return new BoundStoredFunction(routine, args);
    }

    public static CompiledRoutine Load(CatalogObject obj) => s_compiled.GetValue(obj, o =>
    {
        var create = SqlParser.Parse(o.CreateText) as CreateFunctionStatement
            ?? throw MySqlErrors.InternalError("stored function text is not CREATE FUNCTION: " + o.Name);
        return ProcedureCompiler.CompileFunction(o.Schema, create, o.CreateText);
    });

    public override SqlValue Evaluate(EvaluationContext ctx)
    {
        var session = ctx.Session as Session ?? throw MySqlErrors.NotSupportedYet("stored functions here");
        var values = new SqlValue[_args.Length];
        for (int i = 0; i < values.Length; i++)
        {
            values[i] = _args[i].Evaluate(ctx);
        }
        if (t_depth >= MaxDepth)
        {
            throw MySqlErrors.SpRecursionLimit(MaxDepth, _routine.Name);
        }
        string prefix = "\u0001fn" + Interlocked.Increment(ref s_nextFrame).ToString(System.Globalization.CultureInfo.InvariantCulture) + "#";
        string Slot(int slot) => prefix + slot.ToString(System.Globalization.CultureInfo.InvariantCulture);
        t_depth++;
        try
        {
            for (int i = 0; i < values.Length; i++)
            {
                session.SetUserVariable(Slot(i), values[i].IsNull ? SqlValue.Null : ValueCoercion.To(values[i], _routine.SlotTypes[i], ctx));
            }
            var code = _routine.Code;
            int pc = 0;
            while (pc < code.Count)
            {
                var instruction = code[pc];
                switch (instruction)
                {
                    case SetLocalInstruction set:
                        {
                            var v = set.Value is null ? SqlValue.Null : Eval(session, set.Value, set.Scope, Slot, ctx);
                            session.SetUserVariable(Slot(set.Slot), v.IsNull ? SqlValue.Null : ValueCoercion.To(v, _routine.SlotTypes[set.Slot], ctx));
                            pc++;
                            break;
                        }
                    case SetUserInstruction user:
                        session.SetUserVariable(user.Name, Eval(session, user.Value, user.Scope, Slot, ctx));
                        pc++;
                        break;
                    case JumpInstruction jump:
                        pc = jump.Target;
                        break;
                    case JumpIfNotInstruction test:
                        pc = ValueConversion.Truth(Eval(session, test.Condition, test.Scope, Slot, ctx), ctx) == 1 ? pc + 1 : test.Target;
                        break;
                    case ReturnInstruction ret:
                        {
                            var v = Eval(session, ret.Value, ret.Scope, Slot, ctx);
                            return v.IsNull ? SqlValue.Null : ValueCoercion.To(v, Type, ctx);
                        }
                    case RaiseCaseNotFoundInstruction:
                        throw MySqlErrors.SpCaseNotFound();
                    default:
                        throw MySqlErrors.NotSupportedYet("SQL statements inside stored functions");
                }
            }
            throw MySqlErrors.SpNoreturnend(_routine.Name);
        }
        finally
        {
            t_depth--;
            for (int i = 0; i < _routine.SlotTypes.Count; i++)
            {
                session.RemoveUserVariable(Slot(i));
            }
        }
    }

    private static SqlValue Eval(Session session, Sql.Ast.Expression expression, System.Collections.Immutable.ImmutableDictionary<string, int> scope, Func<int, string> slot, EvaluationContext ctx)
    {
        var binder = new Binder(session.Engine, session.Engine.Storage.Catalog, session.CurrentDatabase, "")
        {
            LocalResolver = name => scope.TryGetValue(name, out int s) ? slot(s) : null,
        };
        return binder.Bind(expression, null, "field list").Evaluate(ctx);
    }
}
