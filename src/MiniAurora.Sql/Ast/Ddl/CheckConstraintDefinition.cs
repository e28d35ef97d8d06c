using MiniAurora.Sql.Ast.Expressions;

namespace MiniAurora.Sql.Ast.Ddl;

/// <summary><c>[CONSTRAINT [name]] CHECK (expr) [[NOT] ENFORCED]</c>.</summary>
public sealed record CheckConstraintDefinition(string? Name, Expression Condition, bool Enforced) : TableElement;
