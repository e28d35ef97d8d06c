using MiniAurora.Core.Values;
using MiniAurora.Sql.Ast;
using MiniAurora.Sql.Ast.Expressions;

namespace MiniAurora.Sql.Parsing;

internal enum WordTailKind
{
    None,
    Call,
    Dotted,
    String,
}

/// <summary>What followed the first word of a term: nothing, a call's arguments, dotted parts, or a string (DATE 'x').</summary>
internal sealed record WordTail(WordTailKind Kind)
{
    public static readonly WordTail None = new(WordTailKind.None);

    public SqlList<Expression> Arguments { get; init; } = SqlList<Expression>.Empty;

    public bool Star { get; init; }

    public bool Distinct { get; init; }

    public WindowSpec? Over { get; init; }

    public string? Second { get; init; }

    public string? Third { get; init; }

    public WordTail? Call { get; init; }
}
