using MiniAurora.Sql.Ast.Query;

namespace MiniAurora.Sql.Ast.Compound;

public sealed record OpenCursorStatement(string Name) : Statement;
