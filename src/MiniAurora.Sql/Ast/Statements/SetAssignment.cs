using MiniAurora.Sql.Ast.Ddl;
using MiniAurora.Sql.Ast.Expressions;
using MiniAurora.Sql.Ast.Query;

namespace MiniAurora.Sql.Ast.Statements;

/// <summary>
/// One <c>target = value</c> of SET. Target is a <see cref="UserVariable"/> or a
/// <see cref="SystemVariable"/> (a bare name has Scope Default; inside stored programs the binder
/// first tries local variables). Value may be <see cref="DefaultValue"/>; bare words such as ON,
/// OFF or TRADITIONAL arrive as <see cref="ColumnRef"/> and mean their name as a string.
/// </summary>
public sealed record SetAssignment(Expression Target, Expression Value);
