using MiniAurora.Core.Values;

namespace MiniAurora.Sql.Ast.Routines;

/// <summary>
/// CREATE PROCEDURE. <see cref="BodyText"/> is the body's exact source text; the full CREATE text is
/// the enclosing <c>ParsedStatement.Text</c> (stored in the catalog and re-parsed on load).
/// </summary>
public sealed record CreateProcedureStatement(ObjectName Name, SqlList<RoutineParameter> Parameters, RoutineCharacteristics Characteristics, Statement Body, string BodyText) : Statement
{
    public Definer? Definer { get; init; }

    public bool IfNotExists { get; init; }
}
