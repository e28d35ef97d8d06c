using MiniAurora.Sql.Ast.Expressions;

namespace MiniAurora.Sql.Ast.Query;

/// <summary><c>WINDOW name AS (spec)</c>.</summary>
public sealed record NamedWindow(string Name, WindowSpec Spec);
