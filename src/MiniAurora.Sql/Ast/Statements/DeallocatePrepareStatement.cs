using MiniAurora.Sql.Ast.Ddl;
using MiniAurora.Sql.Ast.Expressions;
using MiniAurora.Sql.Ast.Query;

namespace MiniAurora.Sql.Ast.Statements;

/// <summary><c>{DEALLOCATE|DROP} PREPARE name</c>.</summary>
public sealed record DeallocatePrepareStatement(string Name) : Statement;
