using MiniAurora.Sql.Ast.Query;

namespace MiniAurora.Sql.Ast.Compound;

public sealed record CloseCursorStatement(string Name) : Statement;
