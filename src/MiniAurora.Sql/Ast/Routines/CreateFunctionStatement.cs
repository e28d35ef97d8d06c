using MiniAurora.Core.Values;

namespace MiniAurora.Sql.Ast.Routines;

/// <summary>CREATE FUNCTION (stored function); see <see cref="CreateProcedureStatement"/> for the text fields.</summary>
public sealed record CreateFunctionStatement(ObjectName Name, SqlList<RoutineParameter> Parameters, DataType Returns, RoutineCharacteristics Characteristics, Statement Body, string BodyText) : Statement
{
    public Definer? Definer { get; init; }

    public bool IfNotExists { get; init; }
}
