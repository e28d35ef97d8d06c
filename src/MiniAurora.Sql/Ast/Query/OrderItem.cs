using MiniAurora.Sql.Ast.Expressions;

namespace MiniAurora.Sql.Ast.Query;

/// <summary>ORDER BY entry; positions are integer literals, aliases bare ColumnRefs (the binder decides).</summary>
public sealed record OrderItem(Expression Expression, bool Descending);
