using MiniAurora.Core.Values;
using MiniAurora.Sql.Ast.Query;

namespace MiniAurora.Sql.Ast.Compound;

public sealed record RepeatStatement(string? Label, SqlList<Statement> Body, Expression Until) : Statement;
