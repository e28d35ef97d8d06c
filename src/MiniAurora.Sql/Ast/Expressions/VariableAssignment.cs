using MiniAurora.Sql.Ast.Query;

namespace MiniAurora.Sql.Ast.Expressions;

/// <summary><c>@name := value</c> inside an expression (lowest precedence).</summary>
public sealed record VariableAssignment(string Name, Expression Value) : Expression;
