using MiniAurora.Sql.Ast.Expressions;

namespace MiniAurora.Sql.Ast.Query;

/// <summary>A select-list entry.</summary>
public abstract record SelectItem : SqlNode;
