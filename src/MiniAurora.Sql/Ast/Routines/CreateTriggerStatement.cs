namespace MiniAurora.Sql.Ast.Routines;

/// <summary>CREATE TRIGGER; <see cref="BodyText"/> as for procedures.</summary>
public sealed record CreateTriggerStatement(ObjectName Name, TriggerTiming Timing, TriggerEvent Event, ObjectName Table, TriggerOrder? Order, Statement Body, string BodyText) : Statement
{
    public Definer? Definer { get; init; }

    public bool IfNotExists { get; init; }
}
