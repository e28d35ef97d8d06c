using MiniAurora.Sql.Ast.Query;

namespace MiniAurora.Sql.Ast.Compound;

/// <summary>A handler/condition value: SQLSTATE 'xxxxx', an error number, SQLWARNING, NOT FOUND, SQLEXCEPTION or a condition name.</summary>
public sealed record ConditionValue(ConditionKind Kind, string? SqlState = null, int ErrorCode = 0, string? Name = null);
