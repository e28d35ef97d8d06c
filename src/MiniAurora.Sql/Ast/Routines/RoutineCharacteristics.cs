namespace MiniAurora.Sql.Ast.Routines;

/// <summary>Routine characteristics; null/Unspecified means not written.</summary>
public sealed record RoutineCharacteristics
{
    public static RoutineCharacteristics None { get; } = new();

    public string? Comment { get; init; }

    public bool? Deterministic { get; init; }

    public SqlDataAccess DataAccess { get; init; }

    /// <summary>SQL SECURITY DEFINER (true) / INVOKER (false).</summary>
    public bool? SecurityDefiner { get; init; }

    public bool LanguageSql { get; init; }
}
