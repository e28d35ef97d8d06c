using MiniAurora.Sql.Ast.Expressions;

namespace MiniAurora.Sql.Ast.Ddl;

/// <summary><c>ALTER [COLUMN] c SET DEFAULT v</c> (Default set) or <c>DROP DEFAULT</c> (Default null).</summary>
public sealed record AlterColumnDefaultAction(string Column, Expression? Default) : AlterTableAction;
