using MiniAurora.Sql.Ast.Expressions;

namespace MiniAurora.Sql.Ast.Ddl;

/// <summary>ALGORITHM=…, LOCK=…, FORCE and similar execution options: accepted, carried as name/value.</summary>
public sealed record AlterOptionAction(string Name, string? Value) : AlterTableAction;
