using MiniAurora.Core.Values;
using MiniAurora.Sql.Ast;
using MiniAurora.Sql.Ast.Ddl;
using MiniAurora.Sql.Ast.Expressions;
using MiniAurora.Sql.Lexing;
using Pidgin;
using static MiniAurora.Sql.Parsing.TokenParsers;
using static Pidgin.Parser;

namespace MiniAurora.Sql.Parsing;

/// <summary>CREATE TABLE elements: column definitions, index and constraint definitions, table options.</summary>
internal static class ColumnGrammar
{
    private static readonly Parser<Token, Expression> s_expr = ExpressionGrammar.Expr;

    private static readonly Parser<Token, Expression> s_now = Map(
        (_, fsp) => (Expression)new FunctionCall("CURRENT_TIMESTAMP", fsp.HasValue && fsp.Value.HasValue ? SqlList.Of<Expression>(Literals.Integer(fsp.Value.Value.ToString(System.Globalization.CultureInfo.InvariantCulture))) : SqlList<Expression>.Empty),
        Kws("CURRENT_TIMESTAMP", "NOW", "LOCALTIME", "LOCALTIMESTAMP"),
        LParen.Then(IntLit.Optional()).Before(RParen).Optional());

    private static readonly Parser<Token, Expression> s_signedLiteral = OneOf(
        new TokenMatch(Literals.IsLiteralToken).Select(t => (Expression)Literals.FromToken(t)),
        Tok(TokenKind.Minus).Then(new TokenMatch(t => t.Kind is TokenKind.Integer or TokenKind.Decimal or TokenKind.Float))
            .Select(t => (Expression)(Literals.Negate(Literals.FromToken(t)) ?? (Expression)new UnaryExpression(UnaryOperator.Negate, Literals.FromToken(t)))),
        Tok(TokenKind.Plus).Then(new TokenMatch(t => t.Kind is TokenKind.Integer or TokenKind.Decimal or TokenKind.Float)).Select(t => (Expression)Literals.FromToken(t)),
        Kw("NULL").ThenReturn((Expression)Literal.Null),
        Kw("TRUE").ThenReturn((Expression)new Literal(SqlValue.True, LiteralKind.Boolean)),
        Kw("FALSE").ThenReturn((Expression)new Literal(SqlValue.False, LiteralKind.Boolean)));

    /// <summary>DEFAULT's operand: a signed literal, CURRENT_TIMESTAMP[(n)] / NOW(), or (expr).</summary>
    public static readonly Parser<Token, (Expression Value, bool IsExpression)> DefaultValue = OneOf(
        LParen.Then(s_expr).Before(RParen).Select(e => (e, true)),
        s_now.Select(e => (e, false)),
        s_signedLiteral.Select(e => (e, false)));

    private static readonly Parser<Token, ReferentialAction> s_action = OneOf(
        Kw("RESTRICT").ThenReturn(ReferentialAction.Restrict),
        Kw("CASCADE").ThenReturn(ReferentialAction.Cascade),
        Kw("SET").Then(OneOf(Kw("NULL").ThenReturn(ReferentialAction.SetNull), Kw("DEFAULT").ThenReturn(ReferentialAction.SetDefault))),
        Kw("NO").Then(Kw("ACTION")).ThenReturn(ReferentialAction.NoAction));

    private static readonly Parser<Token, (bool IsDelete, ReferentialAction Action)> s_onClause =
        Kw("ON").Then(Map((isDelete, action) => (isDelete, action), OneOf(Kw("DELETE").ThenReturn(true), Kw("UPDATE").ThenReturn(false)), s_action));

    public static readonly Parser<Token, ForeignKeyReference> References = Kw("REFERENCES").Then(Map(
        (table, columns, ons) =>
        {
            var onDelete = ReferentialAction.Unspecified;
            var onUpdate = ReferentialAction.Unspecified;
            foreach (var (isDelete, action) in ons)
            {
                if (isDelete)
                {
                    onDelete = action;
                }
                else
                {
                    onUpdate = action;
                }
            }
            return new ForeignKeyReference(table, columns, onDelete, onUpdate);
        },
        QualifiedName,
        ParenIdentList,
        Kw("MATCH").Then(Kws("FULL", "PARTIAL", "SIMPLE")).Optional().Then(s_onClause.Many())));

    private static readonly Parser<Token, bool> s_enforced =
        OneOf(Kw("NOT").Then(Kw("ENFORCED")).ThenReturn(false), Kw("ENFORCED").ThenReturn(true)).Or(Parser<Token>.Return(true));

    private static readonly Parser<Token, Func<string?, CheckConstraintDefinition>> s_check =
        Kw("CHECK").Then(Map<Token, Expression, bool, Func<string?, CheckConstraintDefinition>>(
            (e, enforced) => name => new CheckConstraintDefinition(name, e, enforced), s_expr.Between(LParen, RParen), s_enforced));

    private static readonly Parser<Token, string?> s_constraintName =
        Kw("CONSTRAINT").Then(Ident.Optional()).Select(m => m.OrNull()).Optional().Select(m => m.HasValue ? m.Value : null);

    private static readonly Parser<Token, Func<ColumnDefinition, ColumnDefinition>> s_columnAttribute = OneOf(
        Kw("NOT").Then(Kw("NULL")).Select<Func<ColumnDefinition, ColumnDefinition>>(_ => c => c with { Nullable = false }),
        Kw("NULL").Select<Func<ColumnDefinition, ColumnDefinition>>(_ => c => c with { Nullable = true }),
        Kw("DEFAULT").Then(DefaultValue).Select<Func<ColumnDefinition, ColumnDefinition>>(d => c => c with { Default = d.Value, DefaultIsExpression = d.IsExpression }),
        Kw("ON").Then(Kw("UPDATE")).Then(s_now).Select<Func<ColumnDefinition, ColumnDefinition>>(e => c => c with { OnUpdate = e }),
        Kw("AUTO_INCREMENT").Select<Func<ColumnDefinition, ColumnDefinition>>(_ => c => c with { AutoIncrement = true }),
        Kw("PRIMARY").Then(Kw("KEY")).Select<Func<ColumnDefinition, ColumnDefinition>>(_ => c => c with { PrimaryKey = true }),
        Kw("KEY").Select<Func<ColumnDefinition, ColumnDefinition>>(_ => c => c with { PrimaryKey = true }),
        Kw("UNIQUE").Then(Kw("KEY").Optional()).Select<Func<ColumnDefinition, ColumnDefinition>>(_ => c => c with { Unique = true }),
        Kw("COMMENT").Then(StringLit).Select<Func<ColumnDefinition, ColumnDefinition>>(s => c => c with { Comment = s }),
        Kw("COLLATE").Then(AnyName).Select<Func<ColumnDefinition, ColumnDefinition>>(n => c => c with { Type = c.Type with { Collation = n.ToLowerInvariant() } }),
        Kw("VISIBLE").Select<Func<ColumnDefinition, ColumnDefinition>>(_ => c => c with { Invisible = false }),
        Kw("INVISIBLE").Select<Func<ColumnDefinition, ColumnDefinition>>(_ => c => c with { Invisible = true }),
        Kws("COLUMN_FORMAT", "STORAGE").Then(AnyName).Select<Func<ColumnDefinition, ColumnDefinition>>(_ => c => c),
        Kw("SRID").Then(IntLit).Select<Func<ColumnDefinition, ColumnDefinition>>(_ => c => c),
        Kw("GENERATED").Then(Kw("ALWAYS")).Optional().Then(Kw("AS")).Then(Map(
            (e, stored) => (Func<ColumnDefinition, ColumnDefinition>)(c => c with { GeneratedAs = e, GeneratedStored = stored }),
            s_expr.Between(LParen, RParen),
            OneOf(Kw("STORED").ThenReturn(true), Kw("VIRTUAL").ThenReturn(false)).Or(Parser<Token>.Return(false)))),
        Map<Token, string?, Func<string?, CheckConstraintDefinition>, Func<ColumnDefinition, ColumnDefinition>>(
            (name, check) => c => c with { Check = check(name) }, s_constraintName, s_check),
        References.Select<Func<ColumnDefinition, ColumnDefinition>>(r => c => c with { References = r }));

    public static readonly Parser<Token, ColumnDefinition> Column = Map(
        (name, type, attributes) =>
        {
            var column = new ColumnDefinition(name, type);
            foreach (var apply in attributes)
            {
                column = apply(column);
            }
            return column;
        },
        Ident, TypeGrammar.DataType, s_columnAttribute.Many());

    private static readonly Parser<Token, IndexPart> s_indexPart = OneOf(
        Map((e, desc) => new IndexPart(null, null, desc) { Expression = e }, s_expr.Between(LParen, RParen), Kws("ASC", "DESC").Optional().Select(m => m.HasValue && m.Value == "DESC")),
        Map((column, length, desc) => new IndexPart(column, length.HasValue ? length.Value : null, desc),
            Ident, IntLit.Between(LParen, RParen).Optional(), Kws("ASC", "DESC").Optional().Select(m => m.HasValue && m.Value == "DESC")));

    public static readonly Parser<Token, SqlList<IndexPart>> IndexParts = s_indexPart.SeparatedAtLeastOnce(Comma).Between(LParen, RParen).Select(ToList);

    private static readonly Parser<Token, string> s_using = Kw("USING").Then(Kws("BTREE", "HASH"));

    private static readonly Parser<Token, Func<IndexDefinition, IndexDefinition>> s_indexOption = OneOf(
        s_using.Select<Func<IndexDefinition, IndexDefinition>>(u => i => i with { IndexType = u }),
        Kw("COMMENT").Then(StringLit).Select<Func<IndexDefinition, IndexDefinition>>(s => i => i with { Comment = s }),
        Kw("KEY_BLOCK_SIZE").Then(OptEqual).Then(IntLit).Select<Func<IndexDefinition, IndexDefinition>>(_ => i => i),
        Kw("VISIBLE").Select<Func<IndexDefinition, IndexDefinition>>(_ => i => i with { Invisible = false }),
        Kw("INVISIBLE").Select<Func<IndexDefinition, IndexDefinition>>(_ => i => i with { Invisible = true }),
        Kw("WITH").Then(Kw("PARSER")).Then(AnyName).Select<Func<IndexDefinition, IndexDefinition>>(_ => i => i));

    /// <summary>Index options after the key parts (accepted; COMMENT/USING/VISIBLE are kept by <see cref="IndexBody"/>).</summary>
    public static readonly Parser<Token, Unit> IndexOptions = s_indexOption.Many().IgnoreResult();

    /// <summary>[name] [USING t] (parts) [options] for a given kind.</summary>
    public static Parser<Token, IndexDefinition> IndexBody(IndexKind kind, bool allowName = true) => Map(
        (name, type, parts, options) =>
        {
            var index = new IndexDefinition(kind, name.HasValue ? name.Value : null, parts) { IndexType = type.OrNull() };
            foreach (var apply in options)
            {
                index = apply(index);
            }
            return index;
        },
        allowName ? Ident.Optional() : Parser<Token>.Return(Maybe.Nothing<string>()),
        s_using.Optional(),
        IndexParts,
        s_indexOption.Many());

    private static readonly Parser<Token, Func<string?, TableElement>> s_constrained = OneOf(
        Kw("PRIMARY").Then(Kw("KEY")).Then(IndexBody(IndexKind.Primary, allowName: false)).Select<Func<string?, TableElement>>(i => name => i with { ConstraintName = name }),
        Kw("UNIQUE").Then(Kws("INDEX", "KEY").Optional()).Then(IndexBody(IndexKind.Unique)).Select<Func<string?, TableElement>>(i => name => i with { ConstraintName = name }),
        Kw("FOREIGN").Then(Kw("KEY")).Then(Map<Token, Maybe<string>, SqlList<string>, ForeignKeyReference, Func<string?, TableElement>>(
            (indexName, columns, reference) => name => new ForeignKeyDefinition(name, indexName.OrNull(), columns, reference),
            Ident.Optional(), ParenIdentList, References)),
        s_check.Select<Func<string?, TableElement>>(check => name => check(name)));

    /// <summary>A non-column element of CREATE TABLE (also ALTER TABLE ADD).</summary>
    public static readonly Parser<Token, TableElement> Constraint = OneOf(
        Map((name, build) => build(name), Kw("CONSTRAINT").Then(Ident.Optional()).Select(m => m.OrNull()), s_constrained),
        s_constrained.Select(build => build(null)),
        Kws("INDEX", "KEY").Then(IndexBody(IndexKind.Index)).Select(i => (TableElement)i),
        Kw("FULLTEXT").Then(Kws("INDEX", "KEY").Optional()).Then(IndexBody(IndexKind.Fulltext)).Select(i => (TableElement)i),
        Kw("SPATIAL").Then(Kws("INDEX", "KEY").Optional()).Then(IndexBody(IndexKind.Spatial)).Select(i => (TableElement)i));

    public static readonly Parser<Token, TableElement> Element = OneOf(Constraint, Column.Select(c => (TableElement)c));

    private static readonly Parser<Token, (string Text, bool Quoted)> s_optionValue =
        new TokenMatch(t => t.Kind is TokenKind.Word or TokenKind.QuotedIdentifier or TokenKind.String or TokenKind.Integer or TokenKind.Decimal)
            .Select(t => (t.Text, t.Kind == TokenKind.String));

    private static readonly string[] s_simpleOptions =
    [
        "ENGINE", "AUTO_INCREMENT", "ROW_FORMAT", "KEY_BLOCK_SIZE", "AVG_ROW_LENGTH", "CHECKSUM", "COMPRESSION", "CONNECTION",
        "DELAY_KEY_WRITE", "ENCRYPTION", "INSERT_METHOD", "MAX_ROWS", "MIN_ROWS", "PACK_KEYS", "PASSWORD", "STATS_AUTO_RECALC",
        "STATS_PERSISTENT", "STATS_SAMPLE_PAGES", "TABLESPACE", "COMMENT", "SECONDARY_ENGINE", "AUTOEXTEND_SIZE",
    ];

    /// <summary>One table option (ENGINE=InnoDB, DEFAULT CHARSET=utf8mb4, COMMENT='x' …).</summary>
    public static readonly Parser<Token, TableOption> Option = OneOf(
        Kws(s_simpleOptions).Then(OptEqual, (name, _) => name).Then(s_optionValue, (name, v) => new TableOption(name, v.Text, v.Quoted)),
        Kw("DEFAULT").Optional().Then(OneOf(
            OneOf(Kw("CHARACTER").Then(Kw("SET")), Kw("CHARSET")).Then(OptEqual).Then(AnyName).Select(n => new TableOption("CHARSET", n.ToLowerInvariant(), false)),
            Kw("COLLATE").Then(OptEqual).Then(AnyName).Select(n => new TableOption("COLLATE", n.ToLowerInvariant(), false)))),
        Kw("DATA").Then(Kw("DIRECTORY")).Then(OptEqual).Then(StringLit).Select(s => new TableOption("DATA DIRECTORY", s, true)),
        Kw("INDEX").Then(Kw("DIRECTORY")).Then(OptEqual).Then(StringLit).Select(s => new TableOption("INDEX DIRECTORY", s, true)));

    public static readonly Parser<Token, SqlList<TableOption>> TableOptions =
        Option.Before(Comma.Optional()).Many().Select(ToList);
}
