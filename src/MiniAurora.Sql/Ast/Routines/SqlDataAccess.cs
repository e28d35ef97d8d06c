namespace MiniAurora.Sql.Ast.Routines;

public enum SqlDataAccess
{
    Unspecified,
    ContainsSql,
    NoSql,
    ReadsSqlData,
    ModifiesSqlData,
}
