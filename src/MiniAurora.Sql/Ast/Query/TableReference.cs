using MiniAurora.Sql.Ast.Expressions;

namespace MiniAurora.Sql.Ast.Query;

/// <summary>An entry of FROM (or UPDATE/DELETE target lists).</summary>
public abstract record TableReference : SqlNode;
