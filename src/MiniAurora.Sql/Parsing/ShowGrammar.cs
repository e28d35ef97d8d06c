using MiniAurora.Sql.Ast;
using MiniAurora.Sql.Ast.Statements;
using MiniAurora.Sql.Lexing;
using Pidgin;
using static MiniAurora.Sql.Parsing.TokenParsers;
using static Pidgin.Parser;

namespace MiniAurora.Sql.Parsing;

/// <summary>SHOW (one generic node), DESCRIBE and EXPLAIN.</summary>
internal static class ShowGrammar
{
    private static readonly Parser<Token, ShowFilter?> s_filter = OneOf(
        Kw("LIKE").Then(StringLit).Select(p => (ShowFilter?)new ShowFilter(p, null)),
        Kw("WHERE").Then(ExpressionGrammar.Expr).Select(e => (ShowFilter?)new ShowFilter(null, e))).Or(Parser<Token>.Return((ShowFilter?)null));

    private static readonly Parser<Token, string?> s_fromDatabase =
        Kws("FROM", "IN").Then(Ident).Optional().Select(m => m.OrNull());

    private static Parser<Token, ShowStatement> Filtered(Parser<Token, Unit> keywords, ShowKind kind) =>
        keywords.Then(s_filter).Select(f => new ShowStatement(kind) { Filter = f });

    private static Parser<Token, ShowStatement> InDatabase(Parser<Token, Unit> keywords, ShowKind kind) =>
        keywords.Then(Map((db, f) => new ShowStatement(kind) { Database = db, Filter = f }, s_fromDatabase, s_filter));

    private static Parser<Token, Unit> K(string word) => Kw(word).IgnoreResult();

    private static Parser<Token, ShowStatement> Of(Parser<Token, Unit> keywords, ShowKind kind) => keywords.ThenReturn(new ShowStatement(kind));

    private static readonly Parser<Token, ShowStatement> s_tableObject = Map(
        (table, db, f) => new ShowStatement(ShowKind.Columns) { Target = db is null ? table : new ObjectName(db, table.Name), Filter = f },
        Kws("FROM", "IN").Then(QualifiedName), s_fromDatabase, s_filter);

    private static readonly Parser<Token, ShowStatement> s_create = Kw("CREATE").Then(OneOf(
        Kw("TABLE").Then(QualifiedName).Select(n => new ShowStatement(ShowKind.CreateTable) { Target = n }),
        Kws("DATABASE", "SCHEMA").Then(Map((ine, n) => new ShowStatement(ShowKind.CreateDatabase) { Target = new ObjectName(n), IfNotExists = ine }, IfNotExists, Ident)),
        Kw("VIEW").Then(QualifiedName).Select(n => new ShowStatement(ShowKind.CreateView) { Target = n }),
        Kw("PROCEDURE").Then(QualifiedName).Select(n => new ShowStatement(ShowKind.CreateProcedure) { Target = n }),
        Kw("FUNCTION").Then(QualifiedName).Select(n => new ShowStatement(ShowKind.CreateFunction) { Target = n }),
        Kw("TRIGGER").Then(QualifiedName).Select(n => new ShowStatement(ShowKind.CreateTrigger) { Target = n }),
        Kw("USER").Then(DdlGrammar.UserName).Select(u => new ShowStatement(ShowKind.CreateUser) { ForUser = u })));

    private static readonly Parser<Token, ShowStatement> s_body = new KeywordSwitch<ShowStatement>(
        [
            ("DATABASES", false, Filtered(K("DATABASES"), ShowKind.Databases)),
            ("SCHEMAS", false, Filtered(K("SCHEMAS"), ShowKind.Databases)),
            ("TABLES", false, InDatabase(K("TABLES"), ShowKind.Tables)),
            ("TABLE", false, InDatabase(Kw("TABLE").Then(Kw("STATUS")).IgnoreResult(), ShowKind.TableStatus)),
            ("OPEN", false, InDatabase(Kw("OPEN").Then(Kw("TABLES")).IgnoreResult(), ShowKind.OpenTables)),
            ("TRIGGERS", false, InDatabase(K("TRIGGERS"), ShowKind.Triggers)),
            ("EVENTS", false, InDatabase(K("EVENTS"), ShowKind.Events)),
            ("COLUMNS", false, Kw("COLUMNS").Then(s_tableObject)),
            ("FIELDS", false, Kw("FIELDS").Then(s_tableObject)),
            ("INDEX", false, Kw("INDEX").Then(s_tableObject).Select(s => s with { Kind = ShowKind.Index })),
            ("INDEXES", false, Kw("INDEXES").Then(s_tableObject).Select(s => s with { Kind = ShowKind.Index })),
            ("KEYS", false, Kw("KEYS").Then(s_tableObject).Select(s => s with { Kind = ShowKind.Index })),
            ("CREATE", false, s_create),
            ("VARIABLES", false, Filtered(K("VARIABLES"), ShowKind.Variables)),
            ("STATUS", false, Filtered(K("STATUS"), ShowKind.Status)),
            ("WARNINGS", false, Kw("WARNINGS").Then(SelectGrammar.Limit.Optional()).Select(l => new ShowStatement(ShowKind.Warnings) { Limit = l.OrNull() })),
            ("ERRORS", false, Kw("ERRORS").Then(SelectGrammar.Limit.Optional()).Select(l => new ShowStatement(ShowKind.Errors) { Limit = l.OrNull() })),
            ("COUNT", false, Kw("COUNT").Then(LParen).Then(Star).Then(RParen).Then(OneOf(
                Kw("WARNINGS").ThenReturn(new ShowStatement(ShowKind.Warnings) { CountOnly = true }),
                Kw("ERRORS").ThenReturn(new ShowStatement(ShowKind.Errors) { CountOnly = true })))),
            ("PROCESSLIST", false, Of(K("PROCESSLIST"), ShowKind.Processlist)),
            ("ENGINES", false, Of(K("ENGINES"), ShowKind.Engines)),
            ("STORAGE", false, Of(Kw("STORAGE").Then(Kw("ENGINES")).IgnoreResult(), ShowKind.Engines)),
            ("ENGINE", false, Kw("ENGINE").Then(AnyName).Before(Kws("STATUS", "MUTEX")).Select(n => new ShowStatement(ShowKind.EngineStatus) { Name = n })),
            ("CHARSET", false, Filtered(K("CHARSET"), ShowKind.Charset)),
            ("CHARACTER", false, Filtered(Kw("CHARACTER").Then(Kw("SET")).IgnoreResult(), ShowKind.Charset)),
            ("COLLATION", false, Filtered(K("COLLATION"), ShowKind.Collation)),
            ("GRANTS", false, Kw("GRANTS").Then(Kw("FOR").Then(DdlGrammar.UserName).Before(Kw("USING").Then(DdlGrammar.UserName.SeparatedAtLeastOnce(Comma)).Optional()).Optional())
                .Select(u => new ShowStatement(ShowKind.Grants) { ForUser = u.OrNull() })),
            ("PRIVILEGES", false, Of(K("PRIVILEGES"), ShowKind.Privileges)),
            ("PROCEDURE", false, Filtered(Kw("PROCEDURE").Then(Kw("STATUS")).IgnoreResult(), ShowKind.ProcedureStatus)),
            ("FUNCTION", false, Filtered(Kw("FUNCTION").Then(Kw("STATUS")).IgnoreResult(), ShowKind.FunctionStatus)),
            ("PLUGINS", false, Of(K("PLUGINS"), ShowKind.Plugins)),
            ("MASTER", false, Kw("MASTER").Then(OneOf(Kw("STATUS").ThenReturn(ShowKind.MasterStatus), Kw("LOGS").ThenReturn(ShowKind.BinaryLogs))).Select(k => new ShowStatement(k))),
            ("BINARY", false, Of(Kw("BINARY").Then(Kw("LOGS")).IgnoreResult(), ShowKind.BinaryLogs)),
            ("REPLICA", false, Of(Kw("REPLICA").Then(Kw("STATUS")).IgnoreResult(), ShowKind.ReplicaStatus)),
            ("SLAVE", false, Of(Kw("SLAVE").Then(Kw("STATUS")).IgnoreResult(), ShowKind.ReplicaStatus)),
            ("PROFILES", false, Of(K("PROFILES"), ShowKind.Profiles)),
        ],
        Parser<Token>.Fail<ShowStatement>("SHOW target"));

    private static readonly Parser<Token, (bool Full, VariableScope Scope)> s_modifiers = OneOf(
            Kw("FULL").ThenReturn((Full: true, Scope: VariableScope.Default)),
            Kw("EXTENDED").ThenReturn((Full: false, Scope: VariableScope.Default)),
            Kw("GLOBAL").ThenReturn((Full: false, Scope: VariableScope.Global)),
            Kw("SESSION").ThenReturn((Full: false, Scope: VariableScope.Session)),
            Kw("LOCAL").ThenReturn((Full: false, Scope: VariableScope.Session)))
        .Many()
        .Select(mods =>
        {
            var full = false;
            var scope = VariableScope.Default;
            foreach (var (f, s) in mods)
            {
                full |= f;
                scope = s == VariableScope.Default ? scope : s;
            }
            return (full, scope);
        });

    public static readonly Parser<Token, Statement> Show = Kw("SHOW").Then(Map(
        (mods, show) => (Statement)(show with { Full = mods.Full, Scope = mods.Scope }),
        s_modifiers, s_body));

    private static readonly Parser<Token, Statement> s_explainable = new KeywordSwitch<Statement>(
        [
            ("SELECT", false, StatementGrammar.QueryStatement),
            ("WITH", false, StatementGrammar.QueryStatement),
            ("INSERT", false, DmlGrammar.Insert),
            ("REPLACE", false, DmlGrammar.Replace),
            ("UPDATE", false, DmlGrammar.Update),
            ("DELETE", false, DmlGrammar.Delete),
        ],
        LParen.Then(ExpressionGrammar.Query).Before(RParen).Select(q => (Statement)new SelectStatement(q)));

    private static readonly Parser<Token, Statement> s_describeTable = Map(
        (table, column) => (Statement)new DescribeStatement(table, column.OrNull()),
        QualifiedName, OneOf(IdentOrString).Optional());

    public static readonly Parser<Token, Statement> Describe = Kws("DESCRIBE", "DESC", "EXPLAIN").Then(OneOf(
        Map((analyze, format, statement) => (Statement)new ExplainStatement(statement, format.OrNull()?.ToUpperInvariant(), analyze),
            Flag(Kw("ANALYZE")), Try(Kw("FORMAT").Then(Equal)).Then(AnyName).Optional(), s_explainable),
        Kw("EXTENDED").Then(s_explainable).Select(s => (Statement)new ExplainStatement(s, null, false)),
        s_describeTable));
}
