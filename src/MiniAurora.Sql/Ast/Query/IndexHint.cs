using MiniAurora.Core.Values;
using MiniAurora.Sql.Ast.Expressions;

namespace MiniAurora.Sql.Ast.Query;

/// <summary><c>USE|IGNORE|FORCE INDEX|KEY [FOR …] (names)</c>; accepted and carried for the planner.</summary>
public sealed record IndexHint(IndexHintKind Kind, SqlList<string> Indexes);
