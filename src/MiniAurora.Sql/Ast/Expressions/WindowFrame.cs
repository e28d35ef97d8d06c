using MiniAurora.Sql.Ast.Query;

namespace MiniAurora.Sql.Ast.Expressions;

/// <summary><c>ROWS|RANGE start</c> or <c>ROWS|RANGE BETWEEN start AND end</c>.</summary>
public sealed record WindowFrame(FrameUnits Units, FrameBound Start, FrameBound? End);
