using MiniAurora.Sql.Ast.Query;

namespace MiniAurora.Sql.Ast.Expressions;

/// <summary>A <c>?</c> placeholder; <see cref="Index"/> is its 0-based position in the statement.</summary>
public sealed record Parameter(int Index) : Expression;
