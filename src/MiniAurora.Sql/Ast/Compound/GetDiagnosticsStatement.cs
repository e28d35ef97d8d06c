using MiniAurora.Core.Values;
using MiniAurora.Sql.Ast.Query;

namespace MiniAurora.Sql.Ast.Compound;

/// <summary><c>GET [CURRENT|STACKED] DIAGNOSTICS [CONDITION n] items</c>.</summary>
public sealed record GetDiagnosticsStatement(bool Stacked, Expression? ConditionNumber, SqlList<DiagnosticsItem> Items) : Statement;
