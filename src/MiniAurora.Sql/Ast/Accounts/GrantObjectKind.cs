namespace MiniAurora.Sql.Ast.Accounts;

public enum GrantObjectKind
{
    Table,
    Function,
    Procedure,
}
