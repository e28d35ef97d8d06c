using MiniAurora.Core.Values;
using MiniAurora.Sql.Ast.Expressions;

namespace MiniAurora.Sql.Ast.Ddl;

/// <summary><c>[CONSTRAINT [name]] FOREIGN KEY [index_name] (cols) REFERENCES …</c>.</summary>
public sealed record ForeignKeyDefinition(string? ConstraintName, string? IndexName, SqlList<string> Columns, ForeignKeyReference Reference) : TableElement;
