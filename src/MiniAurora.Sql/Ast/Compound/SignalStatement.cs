using MiniAurora.Core.Values;
using MiniAurora.Sql.Ast.Query;

namespace MiniAurora.Sql.Ast.Compound;

/// <summary><c>SIGNAL cond [SET …]</c> / <c>RESIGNAL [cond] [SET …]</c>.</summary>
public sealed record SignalStatement(bool Resignal, ConditionValue? Condition, SqlList<SignalItem> Items) : Statement;
