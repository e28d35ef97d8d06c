namespace MiniAurora.Sql.Ast;

/// <summary>A possibly schema-qualified object name (table, view, routine, trigger). Names keep their original case.</summary>
public sealed record ObjectName(string? Schema, string Name)
{
    public ObjectName(string name)
        : this(null, name)
    {
    }

    public override string ToString() => Schema is null ? Name : Schema + "." + Name;
}
