using MiniAurora.Sql.Ast.Expressions;

namespace MiniAurora.Sql.Ast.Ddl;

/// <summary>
/// A table option such as ENGINE=InnoDB. <see cref="Name"/> is canonical upper case
/// ("ENGINE", "CHARSET" for [DEFAULT] CHARACTER SET/CHARSET, "COLLATE", "COMMENT", "AUTO_INCREMENT",
/// "ROW_FORMAT", …); <see cref="Value"/> is the unquoted text; <see cref="Quoted"/> says it was a string.
/// </summary>
public sealed record TableOption(string Name, string Value, bool Quoted);
