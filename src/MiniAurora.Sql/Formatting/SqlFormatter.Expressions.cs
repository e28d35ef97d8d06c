using MiniAurora.Core.Values;
using MiniAurora.Sql.Ast;
using MiniAurora.Sql.Ast.Expressions;
using MiniAurora.Sql.Ast.Query;

namespace MiniAurora.Sql.Formatting;

/// <summary>Expressions, parenthesized by MySQL's precedence (higher number binds tighter).</summary>
public sealed partial class SqlFormatter
{
    private const int PrecAssign = 0;
    private const int PrecOr = 1;
    private const int PrecXor = 2;
    private const int PrecAnd = 3;
    private const int PrecNot = 4;
    private const int PrecCompare = 5;
    private const int PrecBitOr = 6;
    private const int PrecBitAnd = 7;
    private const int PrecShift = 8;
    private const int PrecAdd = 9;
    private const int PrecMul = 10;
    private const int PrecBitXor = 11;
    private const int PrecUnary = 12;
    private const int PrecPostfix = 13;
    private const int PrecPrimary = 14;

    private static int Precedence(Expression e) => e switch
    {
        VariableAssignment => PrecAssign,
        BinaryExpression b => Precedence(b.Operator),
        UnaryExpression { Operator: UnaryOperator.Not } => PrecNot,
        UnaryExpression => PrecUnary,
        LikeExpression or RegexpExpression or BetweenExpression or InListExpression or InSubqueryExpression
            or IsExpression or MemberOfExpression or QuantifiedComparison => PrecCompare,
        CollateExpression => PrecPostfix,
        Literal { Value.IsNumeric: true } lit when lit.Value.ToString().StartsWith('-') || (lit.Text?.StartsWith('-') ?? false) => PrecUnary,
        _ => PrecPrimary,
    };

    private static int Precedence(BinaryOperator op) => op switch
    {
        BinaryOperator.Or => PrecOr,
        BinaryOperator.Xor => PrecXor,
        BinaryOperator.And => PrecAnd,
        BinaryOperator.Equal or BinaryOperator.NullSafeEqual or BinaryOperator.NotEqual or BinaryOperator.Less
            or BinaryOperator.LessOrEqual or BinaryOperator.Greater or BinaryOperator.GreaterOrEqual => PrecCompare,
        BinaryOperator.BitOr => PrecBitOr,
        BinaryOperator.BitAnd => PrecBitAnd,
        BinaryOperator.ShiftLeft or BinaryOperator.ShiftRight => PrecShift,
        BinaryOperator.Add or BinaryOperator.Subtract => PrecAdd,
        BinaryOperator.Multiply or BinaryOperator.Divide or BinaryOperator.IntegerDivide or BinaryOperator.Modulo => PrecMul,
        BinaryOperator.BitXor => PrecBitXor,
        _ => PrecPostfix,
    };

    private static string Symbol(BinaryOperator op) => op switch
    {
        BinaryOperator.Or => "OR",
        BinaryOperator.Xor => "XOR",
        BinaryOperator.And => "AND",
        BinaryOperator.Equal => "=",
        BinaryOperator.NullSafeEqual => "<=>",
        BinaryOperator.NotEqual => "<>",
        BinaryOperator.Less => "<",
        BinaryOperator.LessOrEqual => "<=",
        BinaryOperator.Greater => ">",
        BinaryOperator.GreaterOrEqual => ">=",
        BinaryOperator.BitOr => "|",
        BinaryOperator.BitAnd => "&",
        BinaryOperator.ShiftLeft => "<<",
        BinaryOperator.ShiftRight => ">>",
        BinaryOperator.Add => "+",
        BinaryOperator.Subtract => "-",
        BinaryOperator.Multiply => "*",
        BinaryOperator.Divide => "/",
        BinaryOperator.IntegerDivide => "DIV",
        BinaryOperator.Modulo => "%",
        BinaryOperator.BitXor => "^",
        BinaryOperator.JsonExtract => "->",
        BinaryOperator.JsonUnquoteExtract => "->>",
        _ => "?",
    };

    private void Expr(Expression e) => Expr(e, PrecAssign);

    private void Expr(Expression e, int minPrecedence)
    {
        if (Precedence(e) < minPrecedence)
        {
            W("(");
            ExprCore(e);
            W(")");
        }
        else
        {
            ExprCore(e);
        }
    }

    private void Operand(Expression e) => Expr(e, PrecBitOr);

    private void ExprCore(Expression e)
    {
        switch (e)
        {
            case Literal lit:
                Literal(lit);
                break;
            case ColumnRef c:
                if (c.Schema is not null)
                {
                    Id(c.Schema).W(".");
                }
                if (c.Table is not null)
                {
                    Id(c.Table).W(".");
                }
                Id(c.Column);
                break;
            case Parameter:
                W("?");
                break;
            case UserVariable u:
                W("@").Id(u.Name);
                break;
            case SystemVariable s:
                W("@@").W(ScopePrefix(s.Scope)).W(s.Name);
                break;
            case VariableAssignment a:
                W("@").Id(a.Name).W(" := ");
                Expr(a.Value, PrecAssign);
                break;
            case UnaryExpression u:
                Unary(u);
                break;
            case BinaryExpression b when b.Operator is BinaryOperator.JsonExtract or BinaryOperator.JsonUnquoteExtract:
                Expr(b.Left, PrecPostfix);
                W(Symbol(b.Operator));
                Expr(b.Right, PrecPrimary);
                break;
            case BinaryExpression b:
                var p = Precedence(b.Operator);
                Expr(b.Left, p);
                W(" ").W(Symbol(b.Operator)).W(" ");
                Expr(b.Right, p + 1);
                break;
            case LikeExpression l:
                Operand(l.Operand);
                W(l.Not ? " NOT LIKE " : " LIKE ");
                Operand(l.Pattern);
                if (l.Escape is not null)
                {
                    W(" ESCAPE ");
                    Operand(l.Escape);
                }
                break;
            case RegexpExpression r:
                Operand(r.Operand);
                W(r.Not ? " NOT REGEXP " : " REGEXP ");
                Operand(r.Pattern);
                break;
            case BetweenExpression b:
                Operand(b.Operand);
                W(b.Not ? " NOT BETWEEN " : " BETWEEN ");
                Operand(b.Low);
                W(" AND ");
                Operand(b.High);
                break;
            case InListExpression i:
                Operand(i.Operand);
                W(i.Not ? " NOT IN (" : " IN (");
                List(i.Values, v => Expr(v));
                W(")");
                break;
            case InSubqueryExpression i:
                Operand(i.Operand);
                W(i.Not ? " NOT IN (" : " IN (");
                Query(i.Query);
                W(")");
                break;
            case IsExpression i:
                Expr(i.Operand, PrecCompare);
                W(i.Not ? " IS NOT " : " IS ").W(i.Test.ToString().ToUpperInvariant());
                break;
            case MemberOfExpression m:
                Operand(m.Operand);
                W(" MEMBER OF (");
                Expr(m.Json);
                W(")");
                break;
            case ExistsExpression x:
                W("EXISTS (");
                Query(x.Query);
                W(")");
                break;
            case SubqueryExpression s:
                W("(");
                Query(s.Query);
                W(")");
                break;
            case QuantifiedComparison q:
                Expr(q.Left, PrecCompare);
                W(" ").W(Symbol(q.Operator)).W(q.Quantifier == Quantifier.All ? " ALL (" : " ANY (");
                Query(q.Query);
                W(")");
                break;
            case RowExpression r:
                W("(");
                List(r.Items, v => Expr(v));
                W(")");
                break;
            case CaseExpression c:
                Case(c);
                break;
            case CastExpression c:
                W("CAST(");
                Expr(c.Operand);
                W(" AS ");
                Type(c.Type);
                W(")");
                break;
            case ConvertUsingExpression c:
                W("CONVERT(");
                Expr(c.Operand);
                W(" USING ").W(c.Charset).W(")");
                break;
            case CollateExpression c:
                Expr(c.Operand, PrecPostfix);
                W(" COLLATE ").W(c.Collation);
                break;
            case FunctionCall f:
                Function(f);
                break;
            case GroupConcatExpression g:
                W("GROUP_CONCAT(");
                if (g.Distinct)
                {
                    W("DISTINCT ");
                }
                List(g.Arguments, v => Expr(v));
                if (!g.OrderBy.IsEmpty)
                {
                    W(" ");
                    OrderBy(g.OrderBy);
                }
                if (g.Separator is not null)
                {
                    W(" SEPARATOR ").Str(g.Separator);
                }
                W(")");
                break;
            case TrimExpression t:
                W("TRIM(");
                if (t.Mode != TrimMode.Default)
                {
                    W(t.Mode.ToString().ToUpperInvariant()).W(" ");
                }
                if (t.Remove is not null)
                {
                    Expr(t.Remove);
                    W(" ");
                }
                if (t.Mode != TrimMode.Default || t.Remove is not null)
                {
                    W("FROM ");
                }
                Expr(t.Source);
                W(")");
                break;
            case IntervalExpression i:
                W("INTERVAL ");
                Expr(i.Value);
                W(" ").W(Unit(i.Unit));
                break;
            case TimeUnitExpression u:
                W(Unit(u.Unit));
                break;
            case ExtractExpression x:
                W("EXTRACT(").W(Unit(x.Unit)).W(" FROM ");
                Expr(x.Source);
                W(")");
                break;
            case CharExpression c:
                W("CHAR(");
                List(c.Arguments, v => Expr(v));
                if (c.Charset is not null)
                {
                    W(" USING ").W(c.Charset);
                }
                W(")");
                break;
            case DefaultValue:
                W("DEFAULT");
                break;
            case Parsing.QualifiedStar q:
                if (q.Schema is not null)
                {
                    Id(q.Schema).W(".");
                }
                Id(q.Table!).W(".*");
                break;
            default:
                throw new NotSupportedException("Cannot format " + e.GetType().Name);
        }
    }

    private void Unary(UnaryExpression u)
    {
        switch (u.Operator)
        {
            case UnaryOperator.Not:
                W("NOT ");
                Expr(u.Operand, PrecNot);
                return;
            case UnaryOperator.Binary:
                W("BINARY ");
                break;
            case UnaryOperator.Negate:
                W("-");
                break;
            case UnaryOperator.Plus:
                W("+");
                break;
            case UnaryOperator.BitNot:
                W("~");
                break;
        }
        var start = _sb.Length;
        Expr(u.Operand, PrecUnary);
        if (_sb.Length > start && _sb[start] is '-' or '+' && u.Operator is UnaryOperator.Negate or UnaryOperator.Plus)
        {
            _sb.Insert(start, ' ');
        }
    }

    private void Case(CaseExpression c)
    {
        W("CASE");
        if (c.Operand is not null)
        {
            W(" ");
            Expr(c.Operand);
        }
        foreach (var when in c.Whens)
        {
            W(" WHEN ");
            Expr(when.Condition);
            W(" THEN ");
            Expr(when.Result);
        }
        if (c.Else is not null)
        {
            W(" ELSE ");
            Expr(c.Else);
        }
        W(" END");
    }

    private static readonly HashSet<string> s_niladic = new(StringComparer.Ordinal)
    {
        "CURRENT_USER", "CURRENT_DATE", "CURRENT_TIME", "CURRENT_TIMESTAMP", "LOCALTIME", "LOCALTIMESTAMP", "UTC_DATE", "UTC_TIME", "UTC_TIMESTAMP",
    };

    private void Function(FunctionCall f)
    {
        if (f.Schema is not null)
        {
            Id(f.Schema).W(".").Id(f.Name);
        }
        else if (f.Arguments.IsEmpty && !f.Star && f.Over is null && s_niladic.Contains(f.Name))
        {
            W(f.Name);
            return;
        }
        else
        {
            W(f.Name);
        }
        W("(");
        if (f.Name == "POSITION" && f.Schema is null && f.Arguments.Count == 2)
        {
            Operand(f.Arguments[0]);
            W(" IN ");
            Expr(f.Arguments[1]);
        }
        else if (f.Star)
        {
            W("*");
        }
        else
        {
            if (f.Distinct)
            {
                W("DISTINCT ");
            }
            List(f.Arguments, v => Expr(v));
        }
        W(")");
        if (f.Over is not null)
        {
            W(" OVER ");
            Window(f.Over);
        }
    }

    private void Window(WindowSpec w)
    {
        if (w.BaseName is not null && w.PartitionBy.IsEmpty && w.OrderBy.IsEmpty && w.Frame is null)
        {
            Id(w.BaseName);
            return;
        }
        WindowBody(w);
    }

    private void WindowBody(WindowSpec w)
    {
        W("(");
        var parts = new List<Action>();
        if (w.BaseName is not null)
        {
            parts.Add(() => Id(w.BaseName));
        }
        if (!w.PartitionBy.IsEmpty)
        {
            parts.Add(() =>
            {
                W("PARTITION BY ");
                List(w.PartitionBy, v => Expr(v));
            });
        }
        if (!w.OrderBy.IsEmpty)
        {
            parts.Add(() => OrderBy(w.OrderBy));
        }
        if (w.Frame is { } frame)
        {
            parts.Add(() =>
            {
                W(frame.Units == FrameUnits.Rows ? "ROWS " : "RANGE ");
                if (frame.End is null)
                {
                    Bound(frame.Start);
                }
                else
                {
                    W("BETWEEN ");
                    Bound(frame.Start);
                    W(" AND ");
                    Bound(frame.End);
                }
            });
        }
        List(parts, a => a(), " ");
        W(")");
    }

    private void Bound(FrameBound b)
    {
        switch (b.Kind)
        {
            case FrameBoundKind.UnboundedPreceding: W("UNBOUNDED PRECEDING"); break;
            case FrameBoundKind.UnboundedFollowing: W("UNBOUNDED FOLLOWING"); break;
            case FrameBoundKind.CurrentRow: W("CURRENT ROW"); break;
            default:
                Operand(b.Offset!);
                W(b.Kind == FrameBoundKind.Preceding ? " PRECEDING" : " FOLLOWING");
                break;
        }
    }

    private void OrderBy(SqlList<OrderItem> items)
    {
        W("ORDER BY ");
        List(items, o =>
        {
            Expr(o.Expression);
            if (o.Descending)
            {
                W(" DESC");
            }
        });
    }

    private static string ScopePrefix(VariableScope scope) => scope switch
    {
        VariableScope.Global => "GLOBAL.",
        VariableScope.Session => "SESSION.",
        VariableScope.Local => "LOCAL.",
        VariableScope.Persist => "PERSIST.",
        VariableScope.PersistOnly => "PERSIST_ONLY.",
        _ => "",
    };

    private static string Unit(TimeUnit unit) => unit switch
    {
        TimeUnit.SecondMicrosecond => "SECOND_MICROSECOND",
        TimeUnit.MinuteMicrosecond => "MINUTE_MICROSECOND",
        TimeUnit.MinuteSecond => "MINUTE_SECOND",
        TimeUnit.HourMicrosecond => "HOUR_MICROSECOND",
        TimeUnit.HourSecond => "HOUR_SECOND",
        TimeUnit.HourMinute => "HOUR_MINUTE",
        TimeUnit.DayMicrosecond => "DAY_MICROSECOND",
        TimeUnit.DaySecond => "DAY_SECOND",
        TimeUnit.DayMinute => "DAY_MINUTE",
        TimeUnit.DayHour => "DAY_HOUR",
        TimeUnit.YearMonth => "YEAR_MONTH",
        _ => unit.ToString().ToUpperInvariant(),
    };
}
