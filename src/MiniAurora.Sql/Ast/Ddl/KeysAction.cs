using MiniAurora.Sql.Ast.Expressions;

namespace MiniAurora.Sql.Ast.Ddl;

/// <summary><c>DISABLE KEYS</c> / <c>ENABLE KEYS</c>.</summary>
public sealed record KeysAction(bool Enable) : AlterTableAction;
