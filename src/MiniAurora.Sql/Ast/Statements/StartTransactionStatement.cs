using MiniAurora.Sql.Ast.Ddl;
using MiniAurora.Sql.Ast.Expressions;
using MiniAurora.Sql.Ast.Query;

namespace MiniAurora.Sql.Ast.Statements;

/// <summary>BEGIN [WORK] and START TRANSACTION [READ ONLY|READ WRITE|WITH CONSISTENT SNAPSHOT].</summary>
/// <param name="ReadOnly">True for READ ONLY, false for READ WRITE, null when not written.</param>
public sealed record StartTransactionStatement(bool? ReadOnly, bool ConsistentSnapshot) : Statement;
