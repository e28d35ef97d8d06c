using MiniAurora.Core.Results;
using MiniAurora.Core.Values;

namespace MiniAurora.Protocol;

/// <summary>
/// What COM_STMT_PREPARE answers: the statement id (chosen by the handler, unique per connection, never 0),
/// one <see cref="ResultColumn"/> per '?' parameter and the result columns (empty for statements without rows).
/// </summary>
public sealed record PreparedStatementInfo(uint StatementId, IReadOnlyList<ResultColumn> Parameters, IReadOnlyList<ResultColumn> Columns)
{
    /// <summary>A parameter definition for handlers that infer no parameter types: "?" typed LONGLONG, as mysqld often reports.</summary>
    public static ResultColumn DefaultParameter { get; } = new("?", new ColumnType(SqlTypeKind.BigInt, Length: 21));

    /// <summary>Builds an info with <paramref name="parameterCount"/> default parameter definitions.</summary>
    public static PreparedStatementInfo Create(uint statementId, int parameterCount, IReadOnlyList<ResultColumn> columns) =>
        new(statementId, Enumerable.Repeat(DefaultParameter, parameterCount).ToArray(), columns);
}
