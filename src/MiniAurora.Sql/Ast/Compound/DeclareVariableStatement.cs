using MiniAurora.Core.Values;
using MiniAurora.Sql.Ast.Query;

namespace MiniAurora.Sql.Ast.Compound;

/// <summary><c>DECLARE a, b type [DEFAULT expr]</c>.</summary>
public sealed record DeclareVariableStatement(SqlList<string> Names, DataType Type, Expression? Default) : Statement;
