using MiniAurora.Core.Values;
using MiniAurora.Sql.Ast.Expressions;

namespace MiniAurora.Sql.Ast.Ddl;

/// <summary><c>REFERENCES t (cols) [ON DELETE a] [ON UPDATE a]</c>.</summary>
public sealed record ForeignKeyReference(ObjectName Table, SqlList<string> Columns, ReferentialAction OnDelete, ReferentialAction OnUpdate);
