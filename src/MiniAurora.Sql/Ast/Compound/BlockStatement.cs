using MiniAurora.Core.Values;
using MiniAurora.Sql.Ast.Query;

namespace MiniAurora.Sql.Ast.Compound;

/// <summary><c>[label:] BEGIN … END [label]</c>; DECLAREs are the leading statements, in order.</summary>
public sealed record BlockStatement(string? Label, SqlList<Statement> Statements) : Statement;
