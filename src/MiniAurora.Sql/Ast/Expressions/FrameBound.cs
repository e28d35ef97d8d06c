using MiniAurora.Sql.Ast.Query;

namespace MiniAurora.Sql.Ast.Expressions;

/// <summary>A window frame bound; <see cref="Offset"/> is set for n PRECEDING/FOLLOWING (may be an INTERVAL).</summary>
public sealed record FrameBound(FrameBoundKind Kind, Expression? Offset = null);
