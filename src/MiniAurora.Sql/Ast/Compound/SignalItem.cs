using MiniAurora.Sql.Ast.Query;

namespace MiniAurora.Sql.Ast.Compound;

/// <summary><c>MESSAGE_TEXT = expr</c> etc. in SIGNAL/RESIGNAL; Name upper case.</summary>
public sealed record SignalItem(string Name, Expression Value);
