using MiniAurora.Sql.Ast.Ddl;
using MiniAurora.Sql.Ast.Expressions;
using MiniAurora.Sql.Ast.Query;

namespace MiniAurora.Sql.Ast.Statements;

/// <summary><c>CREATE DATABASE|SCHEMA [IF NOT EXISTS] name [[DEFAULT] CHARACTER SET cs] [[DEFAULT] COLLATE c]</c>.</summary>
public sealed record CreateDatabaseStatement(string Name, bool IfNotExists, string? Charset, string? Collation) : Statement;
