using MiniAurora.Sql.Ast.Query;

namespace MiniAurora.Sql.Ast.Compound;

/// <summary><c>target = ITEM_NAME</c> in GET DIAGNOSTICS.</summary>
public sealed record DiagnosticsItem(Expression Target, string Name);
