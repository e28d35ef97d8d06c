using MiniAurora.Sql.Ast.Query;

namespace MiniAurora.Sql.Ast.Expressions;

/// <summary><c>INTERVAL value unit</c>; only valid as an operand of + / - or an argument of DATE_ADD-style functions (the binder checks).</summary>
public sealed record IntervalExpression(Expression Value, TimeUnit Unit) : Expression;
