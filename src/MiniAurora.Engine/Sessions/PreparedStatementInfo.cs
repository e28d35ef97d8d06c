using MiniAurora.Core.Results;

namespace MiniAurora.Engine.Sessions;

/// <summary>What COM_STMT_PREPARE answers: the statement id, its '?' count and its result columns (empty for non-queries).</summary>
public sealed record PreparedStatementInfo(int Id, int ParameterCount, IReadOnlyList<ResultColumn> Columns);
