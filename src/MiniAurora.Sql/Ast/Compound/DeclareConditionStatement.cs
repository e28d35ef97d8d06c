using MiniAurora.Sql.Ast.Query;

namespace MiniAurora.Sql.Ast.Compound;

/// <summary><c>DECLARE name CONDITION FOR value</c>.</summary>
public sealed record DeclareConditionStatement(string Name, ConditionValue Value) : Statement;
