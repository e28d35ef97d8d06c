namespace MiniAurora.Storage.Catalog;

/// <summary>A CHECK constraint, kept as expression text; the engine evaluates it.</summary>
/// <param name="Name">Constraint name (MySQL generates <c>tbl_chk_N</c>).</param>
/// <param name="ExpressionSql">The parenthesised expression as SQL text.</param>
/// <param name="Enforced">False for NOT ENFORCED.</param>
public sealed record CheckConstraintDef(string Name, string ExpressionSql, bool Enforced = true);
