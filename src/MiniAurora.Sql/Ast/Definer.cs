namespace MiniAurora.Sql.Ast;

/// <summary><c>DEFINER = user@host</c> or <c>CURRENT_USER</c> (<see cref="IsCurrentUser"/>).</summary>
public sealed record Definer(string User, string Host)
{
    public bool IsCurrentUser { get; init; }
}
