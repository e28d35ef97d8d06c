namespace MiniAurora.Sql.Ast;

/// <summary>Scope of a system variable: <c>@@x</c> / <c>x</c> is Default (session, or global when only global exists).</summary>
public enum VariableScope
{
    Default,
    Global,
    Session,
    Local,
    Persist,
    PersistOnly,
}
