namespace MiniAurora.Sql.Ast.Routines;

public enum ParameterMode
{
    In,
    Out,
    InOut,
}
