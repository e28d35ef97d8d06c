using MiniAurora.Sql.Ast.Expressions;

namespace MiniAurora.Sql.Ast.Ddl;

/// <summary>A column, index or constraint inside CREATE TABLE (and ALTER TABLE ADD).</summary>
public abstract record TableElement : SqlNode;
