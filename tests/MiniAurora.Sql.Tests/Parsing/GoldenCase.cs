namespace MiniAurora.Sql.Tests.Parsing;

/// <summary>One block of a golden file: input text, then the expected canonical output.</summary>
public sealed record GoldenCase(string File, int Line, string Input, string Expected)
{
    public override string ToString() => $"{File}:{Line}";
}
