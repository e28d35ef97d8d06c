using MiniAurora.Sql.Ast.Query;

namespace MiniAurora.Sql.Ast.Expressions;

/// <summary><c>@name</c>.</summary>
public sealed record UserVariable(string Name) : Expression;
