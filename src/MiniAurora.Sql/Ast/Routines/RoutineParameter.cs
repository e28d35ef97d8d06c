namespace MiniAurora.Sql.Ast.Routines;

/// <summary><c>[IN|OUT|INOUT] name type</c> (functions: always In).</summary>
public sealed record RoutineParameter(ParameterMode Mode, string Name, DataType Type);
