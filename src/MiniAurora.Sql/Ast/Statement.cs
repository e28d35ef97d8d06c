namespace MiniAurora.Sql.Ast;

/// <summary>A top-level or compound-body statement.</summary>
public abstract record Statement : SqlNode;
