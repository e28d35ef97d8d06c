using MiniAurora.Core.Values;

namespace MiniAurora.Sql.Ast.Statements;

/// <summary><c>ANALYZE|CHECK|OPTIMIZE|REPAIR|CHECKSUM TABLE t, …</c> (options after the names are accepted and dropped).</summary>
/// <param name="Operation">Upper-case operation word.</param>
public sealed record TableMaintenanceStatement(string Operation, SqlList<ObjectName> Tables) : Statement;
