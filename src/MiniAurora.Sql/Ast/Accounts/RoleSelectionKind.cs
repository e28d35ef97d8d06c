namespace MiniAurora.Sql.Ast.Accounts;

public enum RoleSelectionKind
{
    Default,
    None,
    All,
    AllExcept,
    List,
}
