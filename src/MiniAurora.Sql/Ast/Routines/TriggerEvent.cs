namespace MiniAurora.Sql.Ast.Routines;

public enum TriggerEvent
{
    Insert,
    Update,
    Delete,
}
