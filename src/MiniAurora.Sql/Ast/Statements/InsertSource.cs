using MiniAurora.Sql.Ast.Ddl;
using MiniAurora.Sql.Ast.Expressions;
using MiniAurora.Sql.Ast.Query;

namespace MiniAurora.Sql.Ast.Statements;

/// <summary>Where INSERT rows come from.</summary>
public abstract record InsertSource;
