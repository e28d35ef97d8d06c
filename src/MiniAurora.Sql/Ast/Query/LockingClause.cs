using MiniAurora.Core.Values;
using MiniAurora.Sql.Ast.Expressions;

namespace MiniAurora.Sql.Ast.Query;

public sealed record LockingClause(LockMode Mode, SqlList<ObjectName> Of, LockWait Wait);
