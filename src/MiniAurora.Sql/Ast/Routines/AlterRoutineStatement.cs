namespace MiniAurora.Sql.Ast.Routines;

/// <summary>ALTER PROCEDURE / ALTER FUNCTION characteristics.</summary>
public sealed record AlterRoutineStatement(bool IsFunction, ObjectName Name, RoutineCharacteristics Characteristics) : Statement;
