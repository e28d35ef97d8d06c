namespace MiniAurora.Sql.Ast.Routines;

public sealed record DropTriggerStatement(ObjectName Name, bool IfExists) : Statement;
