using MiniAurora.Sql.Ast;
using MiniAurora.Sql.Ast.Ddl;

namespace MiniAurora.Sql.Parsing;

/// <summary>Modifiers written between CREATE/ALTER and the object keyword.</summary>
internal sealed record CreatePrefix
{
    public static readonly CreatePrefix Empty = new();

    public bool OrReplace { get; init; }

    public bool Temporary { get; init; }

    public bool IsAlter { get; init; }

    public IndexKind IndexKind { get; init; } = IndexKind.Index;

    public string? Algorithm { get; init; }

    public Definer? Definer { get; init; }

    public bool? SecurityDefiner { get; init; }
}
