namespace MiniAurora.Sql.Ast.Routines;

/// <summary>DROP PROCEDURE / DROP FUNCTION.</summary>
public sealed record DropRoutineStatement(bool IsFunction, ObjectName Name, bool IfExists) : Statement;
