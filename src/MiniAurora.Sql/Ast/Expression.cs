namespace MiniAurora.Sql.Ast;

/// <summary>A scalar (or row) expression.</summary>
public abstract record Expression : SqlNode;
