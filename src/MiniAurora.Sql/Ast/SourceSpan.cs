namespace MiniAurora.Sql.Ast;

/// <summary>
/// Where a node came from in the statement text. Deliberately never takes part in equality, so two
/// parses of the same SQL at different offsets give equal ASTs (ARCHITECTURE.md B6).
/// </summary>
public readonly struct SourceSpan : IEquatable<SourceSpan>
{
    public SourceSpan(int start, int length)
    {
        Start = start;
        Length = length;
    }

    /// <summary>Offset of the first character in the statement text.</summary>
    public int Start { get; }

    public int Length { get; }

    public int End => Start + Length;

    public bool Equals(SourceSpan other) => true;

    public override bool Equals(object? obj) => obj is SourceSpan;

    public override int GetHashCode() => 0;

    public static bool operator ==(SourceSpan left, SourceSpan right) => true;

    public static bool operator !=(SourceSpan left, SourceSpan right) => false;

    public override string ToString() => $"[{Start}..{End})";
}
