using MiniAurora.Core.Values;
using MiniAurora.Sql.Ast;
using MiniAurora.Sql.Ast.Ddl;
using MiniAurora.Sql.Ast.Query;
using MiniAurora.Sql.Ast.Statements;
using MiniAurora.Sql.Lexing;
using Pidgin;
using static MiniAurora.Sql.Parsing.TokenParsers;
using static Pidgin.Parser;

namespace MiniAurora.Sql.Parsing;

/// <summary>
/// CREATE / DROP / ALTER / RENAME / TRUNCATE. CREATE is left-factored: its modifiers (OR REPLACE,
/// TEMPORARY, UNIQUE, DEFINER=, ALGORITHM=, SQL SECURITY) are collected first, then the object
/// keyword picks the rule, which receives the modifiers.
/// </summary>
internal static class DdlGrammar
{
    /// <summary><c>'user'@'host'</c>, <c>user@host</c>, <c>CURRENT_USER[()]</c>.</summary>
    public static readonly Parser<Token, Definer> UserName = OneOf(
        Kw("CURRENT_USER").Then(LParen.Then(RParen).Optional()).ThenReturn(new Definer("", "") { IsCurrentUser = true }),
        Map((user, host) => new Definer(user, host.HasValue ? host.Value : "%"),
            AnyName,
            OneOf(Tok(TokenKind.UserVariable).Select(t => t.Text), Tok(TokenKind.At).Then(AnyName)).Optional()));

    private static readonly Parser<Token, (string? Charset, string? Collation)> s_databaseOptions =
        OneOf(
            Kw("DEFAULT").Optional().Then(OneOf(
                OneOf(Kw("CHARACTER").Then(Kw("SET")), Kw("CHARSET")).Then(OptEqual).Then(AnyName).Select(n => (0, n.ToLowerInvariant())),
                Kw("COLLATE").Then(OptEqual).Then(AnyName).Select(n => (1, n.ToLowerInvariant())),
                Kw("ENCRYPTION").Then(OptEqual).Then(StringLit).Select(_ => (2, "")))),
            Kw("READ").Then(Kw("ONLY")).Then(OptEqual).Then(AnyName).Select(_ => (2, ""))).Many()
        .Select(items =>
        {
            string? charset = null, collation = null;
            foreach (var (kind, value) in items)
            {
                if (kind == 0)
                {
                    charset = value;
                }
                else if (kind == 1)
                {
                    collation = value;
                }
            }
            return (charset, collation);
        });

    private static readonly Parser<Token, Func<CreatePrefix, Statement>> s_createDatabase = Kws("DATABASE", "SCHEMA").Then(Map<Token, bool, string, (string? Charset, string? Collation), Func<CreatePrefix, Statement>>(
        (ifNotExists, name, options) => _ => new CreateDatabaseStatement(name, ifNotExists, options.Charset, options.Collation),
        IfNotExists, Ident, s_databaseOptions));

    private static readonly Parser<Token, QueryExpression> s_asQuery =
        Kws("IGNORE", "REPLACE").Optional().Then(Kw("AS").Optional()).Then(OneOf(QueryStart.Then(ExpressionGrammar.Query), LParen.Then(ExpressionGrammar.Query).Before(RParen)));

    /// <summary>PARTITION BY … to the end of the statement, kept as text.</summary>
    private static readonly Parser<Token, string> s_partitionClause = Kw("PARTITION").Then(Kw("BY"))
        .Then(new TokenMatch(t => t.Kind is not (TokenKind.End or TokenKind.Semicolon)).Many())
        .MapWithInput((tokens, _) => tokens[0].Source[tokens[0].Start..tokens[^1].End]);

    private static readonly Parser<Token, Func<ObjectName, bool, CreateTableStatement>> s_tableBody = OneOf(
        Kw("LIKE").Then(QualifiedName).Select<Func<ObjectName, bool, CreateTableStatement>>(like => (name, ine) => new CreateTableStatement(name, ine, SqlList<TableElement>.Empty, SqlList<TableOption>.Empty) { LikeTable = like }),
        LParen.Then(OneOf(
            Kw("LIKE").Then(QualifiedName).Before(RParen).Select<Func<ObjectName, bool, CreateTableStatement>>(like => (name, ine) => new CreateTableStatement(name, ine, SqlList<TableElement>.Empty, SqlList<TableOption>.Empty) { LikeTable = like }),
            Map<Token, SqlList<TableElement>, SqlList<TableOption>, Maybe<string>, Maybe<QueryExpression>, Func<ObjectName, bool, CreateTableStatement>>(
                (elements, options, partition, query) => (name, ine) => new CreateTableStatement(name, ine, elements, options) { AsQuery = query.OrNull(), PartitionClause = partition.OrNull() },
                ColumnGrammar.Element.SeparatedAtLeastOnce(Comma).Select(ToList).Before(RParen),
                ColumnGrammar.TableOptions,
                Peek.IfKeyword("PARTITION", s_partitionClause),
                s_asQuery.Optional()))),
        Map<Token, SqlList<TableOption>, QueryExpression, Func<ObjectName, bool, CreateTableStatement>>(
            (options, query) => (name, ine) => new CreateTableStatement(name, ine, SqlList<TableElement>.Empty, options) { AsQuery = query },
            ColumnGrammar.TableOptions, s_asQuery));

    private static readonly Parser<Token, Func<CreatePrefix, Statement>> s_createTable = Kw("TABLE").Then(Map<Token, bool, ObjectName, Func<ObjectName, bool, CreateTableStatement>, Func<CreatePrefix, Statement>>(
        (ifNotExists, name, body) => prefix => body(name, ifNotExists) with { Temporary = prefix.Temporary },
        IfNotExists, QualifiedName, s_tableBody));

    private static readonly Parser<Token, Unit> s_algorithmLock =
        Kws("ALGORITHM", "LOCK").Then(OptEqual).Then(AnyName).Many().IgnoreResult();

    private static readonly Parser<Token, Func<CreatePrefix, Statement>> s_createIndex = Kw("INDEX").Then(Map<Token, string, Maybe<string>, ObjectName, SqlList<Ast.Ddl.IndexPart>, Func<CreatePrefix, Statement>>(
        (name, type, table, parts) => prefix => new CreateIndexStatement(new IndexDefinition(prefix.IndexKind, name, parts) { IndexType = type.OrNull() }, table),
        Ident,
        Kw("USING").Then(Kws("BTREE", "HASH")).Optional(),
        Kw("ON").Then(QualifiedName),
        ColumnGrammar.IndexParts.Before(ColumnGrammar.IndexOptions).Before(s_algorithmLock)));

    private static readonly Parser<Token, ViewCheckOption> s_checkOption =
        Kw("WITH").Then(OneOf(Kw("CASCADED").ThenReturn(ViewCheckOption.Cascaded), Kw("LOCAL").ThenReturn(ViewCheckOption.Local)).Or(Parser<Token>.Return(ViewCheckOption.Cascaded)))
            .Before(Kw("CHECK")).Before(Kw("OPTION")).Or(Parser<Token>.Return(ViewCheckOption.None));

    /// <summary>VIEW name [(cols)] AS query [WITH CHECK OPTION], shared by CREATE and ALTER.</summary>
    public static readonly Parser<Token, Func<CreatePrefix, Statement>> ViewBody = Kw("VIEW").Then(Map<Token, ObjectName, Maybe<SqlList<string>>, (QueryExpression Query, string Text), ViewCheckOption, Func<CreatePrefix, Statement>>(
        (name, columns, query, check) => prefix => new CreateViewStatement(name, columns.HasValue ? columns.Value : SqlList<string>.Empty, query.Query, query.Text)
        {
            OrReplace = prefix.OrReplace,
            IsAlter = prefix.IsAlter,
            Algorithm = prefix.Algorithm,
            Definer = prefix.Definer,
            SecurityDefiner = prefix.SecurityDefiner,
            CheckOption = check,
        },
        QualifiedName,
        ParenIdentList.Optional(),
        Kw("AS").Then(ExpressionGrammar.Query.MapWithInput((tokens, q) => (q, tokens.Length == 0 ? "" : tokens[0].Source[tokens[0].Start..tokens[^1].End]))),
        s_checkOption));

    /// <summary>The modifiers between CREATE (or ALTER) and the object keyword.</summary>
    public static readonly Parser<Token, CreatePrefix> Prefix = OneOf(
            Kw("OR").Then(Kw("REPLACE")).Select<Func<CreatePrefix, CreatePrefix>>(_ => p => p with { OrReplace = true }),
            Kw("TEMPORARY").Select<Func<CreatePrefix, CreatePrefix>>(_ => p => p with { Temporary = true }),
            Kw("UNIQUE").Select<Func<CreatePrefix, CreatePrefix>>(_ => p => p with { IndexKind = IndexKind.Unique }),
            Kw("FULLTEXT").Select<Func<CreatePrefix, CreatePrefix>>(_ => p => p with { IndexKind = IndexKind.Fulltext }),
            Kw("SPATIAL").Select<Func<CreatePrefix, CreatePrefix>>(_ => p => p with { IndexKind = IndexKind.Spatial }),
            Kw("AGGREGATE").Select<Func<CreatePrefix, CreatePrefix>>(_ => p => p),
            Kw("ALGORITHM").Then(OptEqual).Then(AnyName).Select<Func<CreatePrefix, CreatePrefix>>(a => p => p with { Algorithm = a.ToUpperInvariant() }),
            Kw("DEFINER").Then(OptEqual).Then(UserName).Select<Func<CreatePrefix, CreatePrefix>>(d => p => p with { Definer = d }),
            Kw("SQL").Then(Kw("SECURITY")).Then(OneOf(Kw("DEFINER").ThenReturn(true), Kw("INVOKER").ThenReturn(false)))
                .Select<Func<CreatePrefix, CreatePrefix>>(d => p => p with { SecurityDefiner = d }))
        .Many()
        .Select(mods =>
        {
            var prefix = CreatePrefix.Empty;
            foreach (var apply in mods)
            {
                prefix = apply(prefix);
            }
            return prefix;
        });

    public static readonly Parser<Token, Statement> Create = Kw("CREATE").Then(Map(
        (prefix, build) => build(prefix),
        Prefix,
        new KeywordSwitch<Func<CreatePrefix, Statement>>(
            [
                ("DATABASE", false, s_createDatabase),
                ("SCHEMA", false, s_createDatabase),
                ("TABLE", false, s_createTable),
                ("INDEX", false, s_createIndex),
                ("VIEW", false, ViewBody),
                ("PROCEDURE", false, RoutineGrammar.CreateProcedure),
                ("FUNCTION", false, RoutineGrammar.CreateFunction),
                ("TRIGGER", false, RoutineGrammar.CreateTrigger),
                ("USER", false, AccountGrammar.CreateUser),
                ("ROLE", false, AccountGrammar.CreateRole),
            ],
            Parser<Token>.Fail<Func<CreatePrefix, Statement>>("object type"))));

    public static readonly Parser<Token, Statement> Drop = Kw("DROP").Then(new KeywordSwitch<Statement>(
        [
            ("DATABASE", false, Kws("DATABASE", "SCHEMA").Then(Map((ie, name) => (Statement)new DropDatabaseStatement(name, ie), IfExists, Ident))),
            ("SCHEMA", false, Kws("DATABASE", "SCHEMA").Then(Map((ie, name) => (Statement)new DropDatabaseStatement(name, ie), IfExists, Ident))),
            ("TABLE", false, Kws("TABLE", "TABLES").Then(Map((ie, names) => (Statement)new DropTableStatement(names, ie), IfExists, QualifiedNameList)).Before(Kws("RESTRICT", "CASCADE").Optional())),
            ("TABLES", false, Kws("TABLE", "TABLES").Then(Map((ie, names) => (Statement)new DropTableStatement(names, ie), IfExists, QualifiedNameList)).Before(Kws("RESTRICT", "CASCADE").Optional())),
            ("TEMPORARY", false, Kw("TEMPORARY").Then(Kws("TABLE", "TABLES")).Then(Map((ie, names) => (Statement)new DropTableStatement(names, ie) { Temporary = true }, IfExists, QualifiedNameList)).Before(Kws("RESTRICT", "CASCADE").Optional())),
            ("INDEX", false, Kw("INDEX").Then(Map((name, table) => (Statement)new DropIndexStatement(name, table), Ident, Kw("ON").Then(QualifiedName))).Before(s_algorithmLock)),
            ("VIEW", false, Kw("VIEW").Then(Map((ie, names) => (Statement)new DropViewStatement(names, ie), IfExists, QualifiedNameList)).Before(Kws("RESTRICT", "CASCADE").Optional())),
            ("PROCEDURE", false, Kw("PROCEDURE").Then(Map((ie, name) => (Statement)new Ast.Routines.DropRoutineStatement(false, name, ie), IfExists, QualifiedName))),
            ("FUNCTION", false, Kw("FUNCTION").Then(Map((ie, name) => (Statement)new Ast.Routines.DropRoutineStatement(true, name, ie), IfExists, QualifiedName))),
            ("TRIGGER", false, Kw("TRIGGER").Then(Map((ie, name) => (Statement)new Ast.Routines.DropTriggerStatement(name, ie), IfExists, QualifiedName))),
            ("PREPARE", false, Kw("PREPARE").Then(Ident).Select(n => (Statement)new DeallocatePrepareStatement(n))),
            ("USER", false, AccountGrammar.DropUser),
            ("ROLE", false, AccountGrammar.DropRole),
        ],
        Parser<Token>.Fail<Statement>("object type")));

    public static readonly Parser<Token, Statement> Truncate =
        Kw("TRUNCATE").Then(Kw("TABLE").Optional()).Then(QualifiedName).Select(n => (Statement)new TruncateTableStatement(n));

    private static readonly Parser<Token, Unit> s_anyTail = new TokenMatch(t => t.Kind is not (TokenKind.End or TokenKind.Semicolon)).Many().IgnoreResult();

    /// <summary>ANALYZE/CHECK/OPTIMIZE/REPAIR/CHECKSUM TABLE; the statement keyword is matched by the caller's switch entry.</summary>
    public static Parser<Token, Statement> Maintenance(string keyword) => Kw(keyword)
        .Then(Kws("NO_WRITE_TO_BINLOG", "LOCAL").Optional())
        .Then(Kws("TABLE", "TABLES"))
        .Then(QualifiedNameList)
        .Before(s_anyTail)
        .Select(tables => (Statement)new TableMaintenanceStatement(keyword, tables));

    public static readonly Parser<Token, Statement> Rename = Kw("RENAME").Then(OneOf(
        Kws("TABLE", "TABLES").Then(
            Map((from, to) => new RenamePair(from, to), QualifiedName, Kw("TO").Then(QualifiedName)).SeparatedAtLeastOnce(Comma))
            .Select(pairs => (Statement)new RenameTableStatement(ToList(pairs))),
        AccountGrammar.RenameUser));
}
