using MiniAurora.Core.Values;
using MiniAurora.Sql.Ast.Query;

namespace MiniAurora.Sql.Ast.Compound;

/// <summary><c>FETCH [[NEXT] FROM] cursor INTO var, …</c>.</summary>
public sealed record FetchCursorStatement(string Name, SqlList<string> Into) : Statement;
