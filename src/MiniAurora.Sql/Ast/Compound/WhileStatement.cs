using MiniAurora.Core.Values;
using MiniAurora.Sql.Ast.Query;

namespace MiniAurora.Sql.Ast.Compound;

public sealed record WhileStatement(string? Label, Expression Condition, SqlList<Statement> Body) : Statement;
