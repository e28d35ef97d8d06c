namespace MiniAurora.Sql.Ast.Routines;

public enum TriggerTiming
{
    Before,
    After,
}
