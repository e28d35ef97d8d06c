namespace MiniAurora.Sql.Ast.Routines;

/// <summary><c>FOLLOWS other</c> (Follows true) or <c>PRECEDES other</c>.</summary>
public sealed record TriggerOrder(bool Follows, string OtherTrigger);
