using MiniAurora.Sql.Ast.Ddl;
using MiniAurora.Sql.Ast.Expressions;
using MiniAurora.Sql.Ast.Query;

namespace MiniAurora.Sql.Ast.Statements;

/// <summary><c>ALTER DATABASE [name] …</c>; Name null means the current database.</summary>
public sealed record AlterDatabaseStatement(string? Name, string? Charset, string? Collation) : Statement;
