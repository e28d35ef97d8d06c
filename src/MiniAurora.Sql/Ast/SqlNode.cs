namespace MiniAurora.Sql.Ast;

/// <summary>Base of every AST node; nodes are immutable records with value equality.</summary>
public abstract record SqlNode
{
    /// <summary>Source position; excluded from equality.</summary>
    public SourceSpan Span { get; init; }
}
