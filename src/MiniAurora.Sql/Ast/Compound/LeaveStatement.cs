using MiniAurora.Sql.Ast.Query;

namespace MiniAurora.Sql.Ast.Compound;

public sealed record LeaveStatement(string Label) : Statement;
