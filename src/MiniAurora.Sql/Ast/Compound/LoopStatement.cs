using MiniAurora.Core.Values;
using MiniAurora.Sql.Ast.Query;

namespace MiniAurora.Sql.Ast.Compound;

public sealed record LoopStatement(string? Label, SqlList<Statement> Body) : Statement;
