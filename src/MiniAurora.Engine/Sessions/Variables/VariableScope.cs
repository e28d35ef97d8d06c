namespace MiniAurora.Engine.Sessions.Variables;

/// <summary>Where a system variable lives (MySQL's "Variable Scope").</summary>
[Flags]
internal enum VariableScope
{
    Global = 1,
    Session = 2,
    Both = Global | Session,
}
