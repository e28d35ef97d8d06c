namespace MiniAurora.Engine.Sessions.Variables;

internal enum VariableType
{
    Bool,
    Int,
    UInt,
    Double,
    String,
    Enum,
    SqlMode,
}
