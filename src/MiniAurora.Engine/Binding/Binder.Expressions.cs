using MiniAurora.Core.Errors;
using MiniAurora.Core.Values;
using MiniAurora.Engine.Builtins;
using MiniAurora.Engine.Expressions;
using MiniAurora.Engine.Sessions.Variables;
using MiniAurora.Engine.Values;
using MiniAurora.Sql.Ast;
using MiniAurora.Sql.Ast.Expressions;
using AstScope = MiniAurora.Sql.Ast.VariableScope;
using VarScope = MiniAurora.Engine.Sessions.Variables.VariableScope;

namespace MiniAurora.Engine.Binding;

internal sealed partial class Binder
{
    /// <summary>Binds an expression against <paramref name="scope"/>; <paramref name="clause"/> names the clause for 1054 messages.</summary>
    public BoundExpression Bind(Expression ast, Scope? scope, string clause, AggregateBinding? aggregates = null)
    {
        var bound = BindCore(ast, scope, clause, aggregates);
        return Fold(bound);
    }

    private static BoundExpression Fold(BoundExpression e) => e;

    private BoundExpression BindCore(Expression ast, Scope? scope, string clause, AggregateBinding? agg)
    {
        if (agg is not null)
        {
            var mapped = agg.TryMap(ast, this, scope, clause);
            if (mapped is not null)
            {
                return mapped;
            }
        }
        switch (ast)
        {
            case Literal lit:
                return BindLiteral(lit);
            case ColumnRef col:
                return BindColumn(col, scope, clause);
            case Parameter p:
                ParameterCount = Math.Max(ParameterCount, p.Index + 1);
                return new BoundParameter(p.Index);
            case BinaryExpression bin:
                return BindBinary(bin, scope, clause, agg);
            case UnaryExpression un:
                {
                    var operand = BindCore(un.Operand, scope, clause, agg);
                    return un.Operator switch
                    {
                        UnaryOperator.Negate => operand is BoundLiteral { Value.Kind: SqlValueKind.UInt } l && l.Value.AsUInt == 9223372036854775808UL
                            ? new BoundLiteral(SqlValue.FromInt(long.MinValue), ColumnType.BigInt)
                            : new BoundNegate(operand),
                        UnaryOperator.Plus => operand,
                        UnaryOperator.BitNot => new BoundBitwise(BitwiseOperator.Not, operand, null),
                        UnaryOperator.Not => new BoundNot(operand),
                        _ => new BoundCoerce(operand, new ColumnType(SqlTypeKind.VarBinary, Length: Math.Max(TypeRules.DisplayLength(operand.Type), 1), Collation: Collation.Binary), isCast: true),
                    };
                }
            case IsExpression isx:
                {
                    var operand = BindCore(isx.Operand, scope, clause, agg);
                    return isx.Test switch
                    {
                        IsTest.Null => new BoundIsNull(operand, isx.Not),
                        IsTest.True => new BoundIsTruth(operand, 1, isx.Not),
                        IsTest.False => new BoundIsTruth(operand, 0, isx.Not),
                        _ => new BoundIsTruth(operand, -1, isx.Not),
                    };
                }
            case BetweenExpression b:
                return new BoundBetween(BindCore(b.Operand, scope, clause, agg), BindCore(b.Low, scope, clause, agg), BindCore(b.High, scope, clause, agg), b.Not);
            case InListExpression inl:
                return new BoundInList(BindCore(inl.Operand, scope, clause, agg), inl.Values.Select(v => BindCore(v, scope, clause, agg)).ToArray(), inl.Not);
            case LikeExpression like:
                return new BoundLike(BindCore(like.Operand, scope, clause, agg), BindCore(like.Pattern, scope, clause, agg),
                    like.Escape is null ? null : BindCore(like.Escape, scope, clause, agg), like.Not);
            case RegexpExpression re:
                return BindFunction("REGEXP_LIKE", [BindCore(re.Operand, scope, clause, agg), BindCore(re.Pattern, scope, clause, agg)], re.Not);
            case CaseExpression c:
                return new BoundCase(
                    c.Operand is null ? null : BindCore(c.Operand, scope, clause, agg),
                    c.Whens.Select(w => (BindCore(w.Condition, scope, clause, agg), BindCore(w.Result, scope, clause, agg))).ToArray(),
                    c.Else is null ? null : BindCore(c.Else, scope, clause, agg));
            case CastExpression cast:
                return new BoundCoerce(BindCore(cast.Operand, scope, clause, agg), CastTarget(cast.Type), isCast: true);
            case ConvertUsingExpression conv:
                {
                    var operand = BindCore(conv.Operand, scope, clause, agg);
                    if (!Collation.TryGetDefaultForCharset(conv.Charset, out var coll))
                    {
                        throw MySqlErrors.UnknownCharacterSet(conv.Charset);
                    }
                    return new BoundCoerce(operand, coll.IsBinary ? ColumnType.LongBlob : ColumnType.VarChar(Math.Max(TypeRules.DisplayLength(operand.Type), 1), coll), isCast: true);
                }
            case CollateExpression col:
                {
                    var operand = BindCore(col.Operand, scope, clause, agg);
                    if (!Collation.TryGetByName(col.Collation, out var coll))
                    {
                        throw MySqlErrors.UnknownCollation(col.Collation);
                    }
                    return new BoundCoerce(operand, ColumnType.VarChar(Math.Max(TypeRules.DisplayLength(operand.Type), 1), coll), isCast: false);
                }
            case FunctionCall fc:
                return BindFunctionCall(fc, scope, clause, agg);
            case TrimExpression trim:
                return BindTrim(trim, scope, clause, agg);
            case UserVariable uv:
                return new BoundUserVariable(uv.Name);
            case VariableAssignment va:
                return new BoundAssignUserVariable(va.Name, BindCore(va.Value, scope, clause, agg));
            case SystemVariable sv:
                return BindSystemVariable(sv);
            case SubqueryExpression sq:
                return BindSubquery(SubqueryKind.Scalar, sq.Query, null, false, scope);
            case ExistsExpression ex:
                return BindSubquery(SubqueryKind.Exists, ex.Query, null, false, scope);
            case InSubqueryExpression ins:
                return BindSubquery(SubqueryKind.In, ins.Query, BindCore(ins.Operand, scope, clause, agg), ins.Not, scope);
            case ExtractExpression ext:
                return BindExtract(ext, scope, clause, agg);
            case IntervalExpression:
                throw MySqlErrors.ParseError("You have an error in your SQL syntax; check the manual that corresponds to your MySQL server version for the right syntax to use", "INTERVAL", 1);
            case DefaultValue:
                return BoundLiteral.Null;
            case RowExpression row:
                throw MySqlErrors.OperandColumns(1);
            case CharExpression ch:
                return BindFunction("CHAR", ch.Arguments.Select(a => BindCore(a, scope, clause, agg)).ToArray(), false);
            case GroupConcatExpression:
                throw MySqlErrors.InvalidGroupFuncUse();
            default:
                throw MySqlErrors.NotSupportedYet(ast.GetType().Name);
        }
    }

    private static BoundLiteral BindLiteral(Literal lit)
    {
        var v = lit.Value;
        switch (lit.Kind)
        {
            case LiteralKind.Null:
                return BoundLiteral.Null;
            case LiteralKind.Boolean:
            case LiteralKind.Integer:
                {
                    int digits = v.Kind == SqlValueKind.UInt ? v.AsUInt.ToString(System.Globalization.CultureInfo.InvariantCulture).Length
                        : v.AsInt.ToString(System.Globalization.CultureInfo.InvariantCulture).Length;
                    return new BoundLiteral(v, new ColumnType(SqlTypeKind.BigInt, Unsigned: v.Kind == SqlValueKind.UInt, Length: Math.Max(digits, 1)));
                }
            case LiteralKind.Decimal:
                {
                    decimal d = v.Kind == SqlValueKind.Decimal ? v.AsDecimal : ValueConversion.ToDecimal(v, null);
                    int scale = Arithmetic.ScaleOf(d);
                    string text = lit.Text ?? d.ToString(System.Globalization.CultureInfo.InvariantCulture);
                    int precision = Math.Max(text.Count(char.IsAsciiDigit), scale + 1);
                    return new BoundLiteral(SqlValue.FromDecimal(d), ColumnType.Decimal(precision, scale));
                }
            case LiteralKind.Float:
                return new BoundLiteral(v.Kind == SqlValueKind.Double ? v : SqlValue.FromDouble(ValueConversion.ToDouble(v, null)), ColumnType.Double);
            case LiteralKind.String:
                {
                    var coll = Collation.Default;
                    if (lit.Charset is not null && Collation.TryGetDefaultForCharset(lit.Charset, out var c))
                    {
                        coll = c;
                    }
                    if (coll.IsBinary)
                    {
                        var bytes = ValueConversion.ToBytes(v);
                        return new BoundLiteral(SqlValue.FromBytes(bytes), new ColumnType(SqlTypeKind.VarBinary, Length: bytes.Length, Collation: Collation.Binary));
                    }
                    var s = v.IsNull ? "" : ValueConversion.ToText(v);
                    return new BoundLiteral(SqlValue.FromString(s), ColumnType.VarChar(s.Length, coll));
                }
            case LiteralKind.Hex:
            case LiteralKind.Bit:
                {
                    var bytes = v.Kind == SqlValueKind.Bytes ? v.AsBytes : ValueConversion.ToBytes(v);
                    return new BoundLiteral(SqlValue.FromBytes(bytes), new ColumnType(SqlTypeKind.VarBinary, Length: bytes.Length, Collation: Collation.Binary));
                }
            case LiteralKind.Date:
                {
                    var text = ValueConversion.ToText(v);
                    if (!TemporalParser.TryParseDateTime(text, out var dt, out _))
                    {
                        throw MySqlErrors.WrongValue("DATE", text);
                    }
                    return new BoundLiteral(SqlValue.FromDate(new MySqlDateTime(dt.Year, dt.Month, dt.Day)), new ColumnType(SqlTypeKind.Date, Length: 10));
                }
            case LiteralKind.Time:
                {
                    var text = ValueConversion.ToText(v);
                    if (!TemporalParser.TryParseTime(text, out long us))
                    {
                        throw MySqlErrors.WrongValue("TIME", text);
                    }
                    return new BoundLiteral(SqlValue.FromTime(us), new ColumnType(SqlTypeKind.Time, Length: 10));
                }
            default:
                {
                    var text = ValueConversion.ToText(v);
                    if (!TemporalParser.TryParseDateTime(text, out var dt, out _))
                    {
                        throw MySqlErrors.WrongValue("DATETIME", text);
                    }
                    int fsp = dt.Microsecond == 0 ? 0 : 6;
                    return new BoundLiteral(SqlValue.FromDateTime(dt), new ColumnType(SqlTypeKind.DateTime, Length: fsp > 0 ? 26 : 19, Scale: fsp));
                }
        }
    }

    private BoundExpression BindColumn(ColumnRef col, Scope? scope, string clause)
    {
        if (col.Schema is null && LocalResolver?.Invoke(col.Table is null ? col.Column : col.Table + "." + col.Column) is { } local)
        {
            return new BoundUserVariable(local);
        }
        int level = 0;
        for (var s = scope; s is not null; s = s.Outer, level++)
        {
            var found = s.TryResolve(col.Schema, col.Table, col.Column, clause);
            if (found is not null)
            {
                return level == 0 ? found : new BoundOuterColumnRef(level, found.Ordinal, found.Type);
            }
        }
        string name = col.Table is null ? col.Column : (col.Schema is null ? col.Table + "." + col.Column : col.Schema + "." + col.Table + "." + col.Column);
        throw MySqlErrors.BadFieldError(name, clause);
    }

    private BoundExpression BindBinary(BinaryExpression bin, Scope? scope, string clause, AggregateBinding? agg)
    {
        if (bin.Operator is BinaryOperator.Add or BinaryOperator.Subtract && (bin.Right is IntervalExpression || bin.Left is IntervalExpression))
        {
            var interval = bin.Right as IntervalExpression ?? (IntervalExpression)bin.Left;
            var date = bin.Right is IntervalExpression ? bin.Left : bin.Right;
            return new BoundTemporalArithmetic(BindCore(date, scope, clause, agg), BindCore(interval.Value, scope, clause, agg), interval.Unit, bin.Operator == BinaryOperator.Subtract);
        }
        var l = BindCore(bin.Left, scope, clause, agg);
        var r = BindCore(bin.Right, scope, clause, agg);
        string text = TextOf(bin) ?? bin.Operator.ToString();
        return bin.Operator switch
        {
            BinaryOperator.Or => new BoundLogical(LogicalOperator.Or, l, r),
            BinaryOperator.And => new BoundLogical(LogicalOperator.And, l, r),
            BinaryOperator.Xor => new BoundLogical(LogicalOperator.Xor, l, r),
            BinaryOperator.Equal => new BoundComparison(ComparisonOperator.Equal, l, r),
            BinaryOperator.NullSafeEqual => new BoundComparison(ComparisonOperator.NullSafeEqual, l, r),
            BinaryOperator.NotEqual => new BoundComparison(ComparisonOperator.NotEqual, l, r),
            BinaryOperator.Less => new BoundComparison(ComparisonOperator.Less, l, r),
            BinaryOperator.LessOrEqual => new BoundComparison(ComparisonOperator.LessOrEqual, l, r),
            BinaryOperator.Greater => new BoundComparison(ComparisonOperator.Greater, l, r),
            BinaryOperator.GreaterOrEqual => new BoundComparison(ComparisonOperator.GreaterOrEqual, l, r),
            BinaryOperator.BitOr => new BoundBitwise(BitwiseOperator.Or, l, r),
            BinaryOperator.BitAnd => new BoundBitwise(BitwiseOperator.And, l, r),
            BinaryOperator.BitXor => new BoundBitwise(BitwiseOperator.Xor, l, r),
            BinaryOperator.ShiftLeft => new BoundBitwise(BitwiseOperator.ShiftLeft, l, r),
            BinaryOperator.ShiftRight => new BoundBitwise(BitwiseOperator.ShiftRight, l, r),
            BinaryOperator.Add => new BoundArithmeticExpression(ArithmeticOperator.Add, l, r, text),
            BinaryOperator.Subtract => new BoundArithmeticExpression(ArithmeticOperator.Subtract, l, r, text),
            BinaryOperator.Multiply => new BoundArithmeticExpression(ArithmeticOperator.Multiply, l, r, text),
            BinaryOperator.Divide => new BoundArithmeticExpression(ArithmeticOperator.Divide, l, r, text),
            BinaryOperator.IntegerDivide => new BoundArithmeticExpression(ArithmeticOperator.IntegerDivide, l, r, text),
            BinaryOperator.Modulo => new BoundArithmeticExpression(ArithmeticOperator.Modulo, l, r, text),
            BinaryOperator.JsonExtract => BindFunction("JSON_EXTRACT", [l, r], false),
            _ => BindFunction("JSON_UNQUOTE", [BindFunction("JSON_EXTRACT", [l, r], false)], false),
        };
    }

    private BoundExpression BindFunction(string name, BoundExpression[] args, bool negate)
    {
        if (!FunctionRegistry.TryGet(name, out var def))
        {
            throw MySqlErrors.SpDoesNotExist("FUNCTION", (Database ?? "") + "." + name.ToLowerInvariant());
        }
        if (args.Length < def.MinArgs || args.Length > def.MaxArgs)
        {
            throw MySqlErrors.WrongParamcountToNativeFct(name);
        }
        BoundExpression call = new BoundFunctionCall(def, args);
        return negate ? new BoundNot(call) : call;
    }

    /// <summary>Window functions of the SELECT being bound; they become columns appended by a WindowNode.</summary>
    internal List<WindowFunctionSpec>? Windows { get; set; }

    internal int WindowBaseWidth { get; set; }

    private BoundExpression BindWindowCall(FunctionCall fc, Scope? scope, string clause, AggregateBinding? agg)
    {
        if (Windows is null || fc.Over is null)
        {
            throw MySqlErrors.WindowInvalidWindowFuncUse(fc.Name);
        }
        var name = fc.Name.ToUpperInvariant();
        var args = fc.Arguments.Select(a => BindCore(a, scope, clause, agg)).ToArray();
        var partition = fc.Over.PartitionBy.Select(p => BindCore(p, scope, clause, agg)).ToArray();
        var order = fc.Over.OrderBy.Select(o => BindCore(o.Expression, scope, clause, agg)).ToArray();
        var desc = fc.Over.OrderBy.Select(o => o.Descending).ToArray();
        var bigint = new ColumnType(SqlTypeKind.BigInt, Length: 21);
        WindowFunctionSpec spec = name switch
        {
            "ROW_NUMBER" => new(WindowFunctionKind.RowNumber, null, args, partition, order, desc, bigint),
            "RANK" => new(WindowFunctionKind.Rank, null, args, partition, order, desc, bigint),
            "DENSE_RANK" => new(WindowFunctionKind.DenseRank, null, args, partition, order, desc, bigint),
            "LAG" => new(WindowFunctionKind.Lag, null, args, partition, order, desc, args.Length > 0 ? args[0].Type : ColumnType.NullType),
            "LEAD" => new(WindowFunctionKind.Lead, null, args, partition, order, desc, args.Length > 0 ? args[0].Type : ColumnType.NullType),
            "FIRST_VALUE" => new(WindowFunctionKind.FirstValue, null, args, partition, order, desc, args[0].Type),
            "LAST_VALUE" => new(WindowFunctionKind.LastValue, null, args, partition, order, desc, args[0].Type),
            _ when AggregateSpec.TryGetKind(name, out var kind) || fc.Star => WindowAggregate(fc, kind, args, partition, order, desc),
            _ => throw MySqlErrors.NotSupportedYet(name + " as a window function"),
        };
        Windows.Add(spec);
        return new BoundColumnRef(WindowBaseWidth + Windows.Count - 1, spec.Type, true, null);
    }

    private static WindowFunctionSpec WindowAggregate(FunctionCall fc, AggregateKind kind, BoundExpression[] args, BoundExpression[] partition, BoundExpression[] order, bool[] desc)
    {
        var aggregate = fc.Star
            ? new AggregateSpec(AggregateKind.CountStar, [], false, AggregateSpec.ResultType(AggregateKind.CountStar, ColumnType.BigInt))
            : new AggregateSpec(kind, args, fc.Distinct, AggregateSpec.ResultType(kind, args[0].Type));
        return new WindowFunctionSpec(WindowFunctionKind.Aggregate, aggregate, args, partition, order, desc, aggregate.Type);
    }

    private BoundExpression BindFunctionCall(FunctionCall fc, Scope? scope, string clause, AggregateBinding? agg)
    {
        if (fc.Over is not null)
        {
            return BindWindowCall(fc, scope, clause, agg);
        }
        var name = fc.Name.ToUpperInvariant();
        if (fc.Star || AggregateSpec.TryGetKind(name, out _))
        {
            throw MySqlErrors.InvalidGroupFuncUse();
        }
        switch (name)
        {
            case "DATE_ADD":
            case "DATE_SUB":
            case "ADDDATE":
            case "SUBDATE":
                if (fc.Arguments.Count == 2)
                {
                    bool sub = name is "DATE_SUB" or "SUBDATE";
                    var date = BindCore(fc.Arguments[0], scope, clause, agg);
                    if (fc.Arguments[1] is IntervalExpression iv)
                    {
                        return new BoundTemporalArithmetic(date, BindCore(iv.Value, scope, clause, agg), iv.Unit, sub);
                    }
                    return new BoundTemporalArithmetic(date, BindCore(fc.Arguments[1], scope, clause, agg), TimeUnit.Day, sub);
                }
                break;
            case "TIMESTAMPDIFF":
                if (fc.Arguments.Count == 3 && fc.Arguments[0] is TimeUnitExpression tu)
                {
                    return new BoundTimestampDiff(tu.Unit, BindCore(fc.Arguments[1], scope, clause, agg), BindCore(fc.Arguments[2], scope, clause, agg));
                }
                break;
            case "TIMESTAMPADD":
                if (fc.Arguments.Count == 3 && fc.Arguments[0] is TimeUnitExpression ta)
                {
                    return new BoundTemporalArithmetic(BindCore(fc.Arguments[2], scope, clause, agg), BindCore(fc.Arguments[1], scope, clause, agg), ta.Unit, false);
                }
                break;
        }
        if ((fc.Schema is not null || !FunctionRegistry.TryGet(name, out _)) && _catalog is not null
            && Routines.BoundStoredFunction.TryBind(_catalog, fc.Schema ?? Database, fc.Name, () => fc.Arguments.Select(a => BindCore(a, scope, clause, agg)).ToArray()) is { } stored)
        {
            return stored;
        }
        if (fc.Schema is not null || !FunctionRegistry.TryGet(name, out _))
        {
            throw MySqlErrors.SpDoesNotExist("FUNCTION", (fc.Schema ?? Database ?? "") + "." + fc.Name);
        }
        var args = new BoundExpression[fc.Arguments.Count];
        for (int i = 0; i < args.Length; i++)
        {
            args[i] = BindCore(fc.Arguments[i], scope, clause, agg);
        }
        return BindFunction(name, args, false);
    }

    private BoundExpression BindTrim(TrimExpression trim, Scope? scope, string clause, AggregateBinding? agg)
    {
        var source = BindCore(trim.Source, scope, clause, agg);
        var remove = trim.Remove is null ? new BoundLiteral(SqlValue.FromString(" "), ColumnType.VarChar(1)) : BindCore(trim.Remove, scope, clause, agg);
        return new BoundTrim(trim.Mode, source, remove);
    }

    private BoundExpression BindExtract(ExtractExpression ext, Scope? scope, string clause, AggregateBinding? agg)
    {
        var source = BindCore(ext.Source, scope, clause, agg);
        string fn = ext.Unit switch
        {
            TimeUnit.Year => "YEAR",
            TimeUnit.Month => "MONTH",
            TimeUnit.Day => "DAYOFMONTH",
            TimeUnit.Hour => "HOUR",
            TimeUnit.Minute => "MINUTE",
            TimeUnit.Second => "SECOND",
            TimeUnit.Microsecond => "MICROSECOND",
            TimeUnit.Quarter => "QUARTER",
            _ => throw MySqlErrors.NotSupportedYet("EXTRACT(" + ext.Unit + ")"),
        };
        return BindFunction(fn, [source], false);
    }

    private BoundExpression BindSystemVariable(SystemVariable sv)
    {
        var name = sv.Name;
        if (!SystemVariableTable.All.TryGetValue(name, out var def))
        {
            throw MySqlErrors.UnknownSystemVariable(name);
        }
        bool global = sv.Scope == AstScope.Global;
        if (global && (def.Scope & VarScope.Global) == 0)
        {
            throw MySqlErrors.IncorrectGlobalLocalVar(def.Name, "SESSION");
        }
        if (sv.Scope is AstScope.Session or AstScope.Local && (def.Scope & VarScope.Session) == 0)
        {
            throw MySqlErrors.IncorrectGlobalLocalVar(def.Name, "GLOBAL");
        }
        return new BoundSystemVariable(def.Name, global || (def.Scope & VarScope.Session) == 0, def.ResultType);
    }

    public static ColumnType CastTarget(DataType type)
    {
        Collation? coll = null;
        if (type.Charset is not null && Collation.TryGetDefaultForCharset(type.Charset, out var c))
        {
            coll = c;
        }
        switch (type.Kind)
        {
            case SqlTypeKind.BigInt:
            case SqlTypeKind.Int:
            case SqlTypeKind.TinyInt:
            case SqlTypeKind.SmallInt:
            case SqlTypeKind.MediumInt:
                return type.Unsigned ? ColumnType.BigIntUnsigned : ColumnType.BigInt;
            case SqlTypeKind.Decimal:
                {
                    int p = type.Length ?? 10;
                    int s = type.Scale ?? 0;
                    return ColumnType.Decimal(p, s);
                }
            case SqlTypeKind.Double:
            case SqlTypeKind.Float:
                return type.Kind == SqlTypeKind.Float ? new ColumnType(SqlTypeKind.Float, Length: 12, Scale: 31) : ColumnType.Double;
            case SqlTypeKind.Char:
            case SqlTypeKind.VarChar:
                return type.Length is int len ? ColumnType.VarChar(len, coll) : ColumnType.LongText with { Collation = coll ?? Collation.Default };
            case SqlTypeKind.Binary:
            case SqlTypeKind.VarBinary:
                return type.Length is int bl ? new ColumnType(SqlTypeKind.VarBinary, Length: bl, Collation: Collation.Binary) : ColumnType.LongBlob;
            case SqlTypeKind.Date:
                return new ColumnType(SqlTypeKind.Date, Length: 10);
            case SqlTypeKind.DateTime:
            case SqlTypeKind.Timestamp:
                {
                    int fsp = type.Length ?? type.Scale ?? 0;
                    return new ColumnType(SqlTypeKind.DateTime, Length: fsp > 0 ? 20 + fsp : 19, Scale: fsp);
                }
            case SqlTypeKind.Time:
                {
                    int fsp = type.Length ?? type.Scale ?? 0;
                    return new ColumnType(SqlTypeKind.Time, Length: fsp > 0 ? 11 + fsp : 10, Scale: fsp);
                }
            case SqlTypeKind.Json:
                return ColumnType.Json;
            case SqlTypeKind.Year:
                return new ColumnType(SqlTypeKind.Year, Length: 4);
            default:
                return ColumnType.LongText;
        }
    }
}
