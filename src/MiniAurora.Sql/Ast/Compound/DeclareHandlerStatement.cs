using MiniAurora.Core.Values;
using MiniAurora.Sql.Ast.Query;

namespace MiniAurora.Sql.Ast.Compound;

/// <summary><c>DECLARE {CONTINUE|EXIT} HANDLER FOR cond, … statement</c>.</summary>
public sealed record DeclareHandlerStatement(HandlerAction Action, SqlList<ConditionValue> Conditions, Statement Body) : Statement;
