using MiniAurora.Sql.Ast.Expressions;

namespace MiniAurora.Sql.Ast.Ddl;

/// <summary>
/// A column definition. Attributes are flattened: <see cref="Nullable"/> null means not written.
/// <see cref="Default"/> is a literal, a parenthesized expression (<see cref="DefaultIsExpression"/>),
/// or a CURRENT_TIMESTAMP(n) FunctionCall.
/// </summary>
public sealed record ColumnDefinition(string Name, DataType Type) : TableElement
{
    public bool? Nullable { get; init; }

    public Expression? Default { get; init; }

    public bool DefaultIsExpression { get; init; }

    /// <summary>ON UPDATE CURRENT_TIMESTAMP[(n)].</summary>
    public Expression? OnUpdate { get; init; }

    public bool AutoIncrement { get; init; }

    /// <summary>Column-level PRIMARY KEY (or KEY).</summary>
    public bool PrimaryKey { get; init; }

    /// <summary>Column-level UNIQUE [KEY].</summary>
    public bool Unique { get; init; }

    public string? Comment { get; init; }

    /// <summary>[GENERATED ALWAYS] AS (expr) [VIRTUAL|STORED].</summary>
    public Expression? GeneratedAs { get; init; }

    public bool GeneratedStored { get; init; }

    public bool Invisible { get; init; }

    /// <summary>Column-level CHECK (expr).</summary>
    public CheckConstraintDefinition? Check { get; init; }

    /// <summary>Column-level REFERENCES (parsed; MySQL ignores it).</summary>
    public ForeignKeyReference? References { get; init; }
}
