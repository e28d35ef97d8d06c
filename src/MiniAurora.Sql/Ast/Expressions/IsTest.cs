using MiniAurora.Sql.Ast.Query;

namespace MiniAurora.Sql.Ast.Expressions;

public enum IsTest
{
    Null,
    True,
    False,
    Unknown,
}
