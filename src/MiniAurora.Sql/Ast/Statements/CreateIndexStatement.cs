using MiniAurora.Sql.Ast.Ddl;
using MiniAurora.Sql.Ast.Expressions;
using MiniAurora.Sql.Ast.Query;

namespace MiniAurora.Sql.Ast.Statements;

/// <summary><c>CREATE [UNIQUE|FULLTEXT|SPATIAL] INDEX name [USING …] ON table (parts)</c>.</summary>
public sealed record CreateIndexStatement(IndexDefinition Index, ObjectName Table) : Statement;
