using MiniAurora.Sql.Ast.Query;

namespace MiniAurora.Sql.Ast.Expressions;

/// <summary><c>@@[scope.]name</c>, or a bare name / <c>GLOBAL name</c> on the left of SET.</summary>
public sealed record SystemVariable(string Name, VariableScope Scope) : Expression;
