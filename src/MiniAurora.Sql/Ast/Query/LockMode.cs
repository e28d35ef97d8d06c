using MiniAurora.Sql.Ast.Expressions;

namespace MiniAurora.Sql.Ast.Query;

public enum LockMode
{
    /// <summary>FOR UPDATE.</summary>
    Update,
    /// <summary>FOR SHARE.</summary>
    Share,
    /// <summary>LOCK IN SHARE MODE.</summary>
    LockInShareMode,
}
