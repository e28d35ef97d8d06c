using MiniAurora.Sql.Ast.Query;

namespace MiniAurora.Sql.Ast.Compound;

public sealed record ReturnStatement(Expression Value) : Statement;
