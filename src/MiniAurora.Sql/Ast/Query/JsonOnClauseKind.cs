namespace MiniAurora.Sql.Ast.Query;

public enum JsonOnClauseKind
{
    Null,
    Error,
    Default,
}
