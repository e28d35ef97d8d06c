using MiniAurora.Sql.Ast.Query;

namespace MiniAurora.Sql.Ast.Compound;

public sealed record IterateStatement(string Label) : Statement;
