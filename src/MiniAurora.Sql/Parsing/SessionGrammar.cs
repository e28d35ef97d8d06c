using MiniAurora.Core.Values;
using MiniAurora.Sql.Ast;
using MiniAurora.Sql.Ast.Expressions;
using MiniAurora.Sql.Ast.Statements;
using MiniAurora.Sql.Lexing;
using Pidgin;
using static MiniAurora.Sql.Parsing.TokenParsers;
using static Pidgin.Parser;

namespace MiniAurora.Sql.Parsing;

/// <summary>SET in all its forms, transaction control, USE, KILL, DO, FLUSH, LOCK/UNLOCK, PREPARE/EXECUTE/DEALLOCATE, CALL.</summary>
internal static class SessionGrammar
{
    private static readonly Parser<Token, Expression> s_expr = ExpressionGrammar.Expr;

    private static readonly Parser<Token, VariableScope> s_scope = OneOf(
        Kw("GLOBAL").ThenReturn(VariableScope.Global),
        Kw("SESSION").ThenReturn(VariableScope.Session),
        Kw("LOCAL").ThenReturn(VariableScope.Local),
        Kw("PERSIST").ThenReturn(VariableScope.Persist),
        Kw("PERSIST_ONLY").ThenReturn(VariableScope.PersistOnly));

    /// <summary>SET's right-hand side: ON/ALL/BINARY as words (SET autocommit = ON), else an expression.</summary>
    private static readonly Parser<Token, Expression> s_setValue = OneOf(
        Kws("ON", "ALL", "BINARY").Select(w => (Expression)new ColumnRef(w)),
        s_expr);

    private static readonly Parser<Token, string> s_variableName =
        Map((a, b) => b.HasValue ? a + "." + b.Value : a, Ident, Dot.Then(IdentAfterDot).Optional());

    private static readonly Parser<Token, Func<VariableScope, SetAssignment>> s_namedAssignment = Map<Token, string, Expression, Func<VariableScope, SetAssignment>>(
        (name, value) => scope => new SetAssignment(new SystemVariable(name, scope), value),
        s_variableName, EqualOrAssign.Then(s_setValue));

    private static readonly Parser<Token, SetAssignment> s_assignment = OneOf(
        Map((v, value) => new SetAssignment(new UserVariable(v.Text), value), Tok(TokenKind.UserVariable), EqualOrAssign.Then(s_expr)),
        Map((v, value) => new SetAssignment(FunctionGrammar.SystemVariableFromText(v.Text), value), Tok(TokenKind.SystemVariable), EqualOrAssign.Then(s_setValue)),
        Map((scope, build) => build(scope), s_scope, s_namedAssignment),
        s_namedAssignment.Select(build => build(VariableScope.Default)));

    private static readonly Parser<Token, IsolationLevel> s_isolation = Kw("ISOLATION").Then(Kw("LEVEL")).Then(OneOf(
        Kw("REPEATABLE").Then(Kw("READ")).ThenReturn(IsolationLevel.RepeatableRead),
        Kw("READ").Then(OneOf(Kw("COMMITTED").ThenReturn(IsolationLevel.ReadCommitted), Kw("UNCOMMITTED").ThenReturn(IsolationLevel.ReadUncommitted))),
        Kw("SERIALIZABLE").ThenReturn(IsolationLevel.Serializable)));

    private static readonly Parser<Token, Func<VariableScope, Statement>> s_transactionCharacteristics = Kw("TRANSACTION").Then(
        OneOf(
            s_isolation.Select(level => ((IsolationLevel?)level, (bool?)null)),
            Kw("READ").Then(OneOf(Kw("ONLY").ThenReturn(true), Kw("WRITE").ThenReturn(false))).Select(ro => ((IsolationLevel?)null, (bool?)ro)))
        .SeparatedAtLeastOnce(Comma)
        .Select<Func<VariableScope, Statement>>(items =>
        {
            IsolationLevel? level = null;
            bool? readOnly = null;
            foreach (var (l, r) in items)
            {
                level = l ?? level;
                readOnly = r ?? readOnly;
            }
            return scope => new SetTransactionStatement(scope, level, readOnly);
        }));

    private static readonly Parser<Token, Statement> s_assignments = Map(
        (first, rest) => (Statement)new SetStatement(new SqlList<SetAssignment>(rest.Prepend(first))),
        s_assignment, Comma.Then(s_assignment).Many());

    private static readonly Parser<Token, Statement> s_scoped = Map(
        (scope, build) => build(scope),
        s_scope,
        OneOf(
            s_transactionCharacteristics,
            Map<Token, Func<VariableScope, SetAssignment>, IEnumerable<SetAssignment>, Func<VariableScope, Statement>>(
                (first, rest) => scope => new SetStatement(new SqlList<SetAssignment>(rest.Prepend(first(scope)))),
                s_namedAssignment, Comma.Then(s_assignment).Many())));

    private static readonly Parser<Token, string?> s_charsetOrDefault =
        OneOf(Kw("DEFAULT").ThenReturn((string?)null), AnyName.Select(n => (string?)n.ToLowerInvariant()));

    public static readonly Parser<Token, Statement> Set = Kw("SET").Then(new KeywordSwitch<Statement>(
        [
            ("NAMES", false, Kw("NAMES").Then(Map(
                (cs, collation) => (Statement)new SetNamesStatement(cs, collation.HasValue ? collation.Value : null),
                s_charsetOrDefault, Kw("COLLATE").Then(s_charsetOrDefault).Optional()))),
            ("CHARACTER", false, Kw("CHARACTER").Then(Kw("SET")).Then(s_charsetOrDefault).Select(cs => (Statement)new SetCharacterSetStatement(cs))),
            ("CHARSET", false, Kw("CHARSET").Then(s_charsetOrDefault).Select(cs => (Statement)new SetCharacterSetStatement(cs))),
            ("TRANSACTION", false, s_transactionCharacteristics.Select(build => build(VariableScope.Default))),
            ("GLOBAL", false, s_scoped),
            ("SESSION", false, s_scoped),
            ("LOCAL", false, s_scoped),
            ("PERSIST", false, s_scoped),
            ("PERSIST_ONLY", false, s_scoped),
            ("PASSWORD", false, AccountGrammar.SetPassword),
            ("ROLE", false, AccountGrammar.SetRole),
            ("DEFAULT", false, AccountGrammar.SetDefaultRole),
        ],
        s_assignments));

    private static readonly Parser<Token, Unit> s_work = Kw("WORK").Optional().IgnoreResult();

    private static readonly Parser<Token, (bool Chain, bool Release)> s_completion = Map(
        (chain, release) => (chain.HasValue && chain.Value, release.HasValue && release.Value),
        Kw("AND").Then(Flag(Kw("NO"))).Before(Kw("CHAIN")).Select(no => !no).Optional(),
        Flag(Kw("NO")).Before(Kw("RELEASE")).Select(no => !no).Optional());

    public static readonly Parser<Token, Statement> Begin =
        Kw("BEGIN").Then(s_work).ThenReturn((Statement)new StartTransactionStatement(null, false));

    public static readonly Parser<Token, Statement> StartTransaction = Kw("START").Then(Kw("TRANSACTION")).Then(
        OneOf(
            Kw("WITH").Then(Kw("CONSISTENT")).Then(Kw("SNAPSHOT")).ThenReturn((Snapshot: true, ReadOnly: (bool?)null)),
            Kw("READ").Then(OneOf(Kw("ONLY").ThenReturn(true), Kw("WRITE").ThenReturn(false))).Select(ro => (Snapshot: false, ReadOnly: (bool?)ro)))
        .Separated(Comma)
        .Select(items =>
        {
            var snapshot = false;
            bool? readOnly = null;
            foreach (var (s, r) in items)
            {
                snapshot |= s;
                readOnly = r ?? readOnly;
            }
            return (Statement)new StartTransactionStatement(readOnly, snapshot);
        }));

    public static readonly Parser<Token, Statement> Commit = Kw("COMMIT").Then(s_work).Then(s_completion)
        .Select(c => (Statement)new CommitStatement { Chain = c.Chain, Release = c.Release });

    public static readonly Parser<Token, Statement> Rollback = Kw("ROLLBACK").Then(s_work).Then(OneOf(
        Kw("TO").Then(Kw("SAVEPOINT").Optional()).Then(Ident).Select(sp => (Statement)new RollbackStatement(sp)),
        s_completion.Select(c => (Statement)new RollbackStatement(null) { Chain = c.Chain, Release = c.Release })));

    public static readonly Parser<Token, Statement> Savepoint = Kw("SAVEPOINT").Then(Ident).Select(n => (Statement)new SavepointStatement(n));

    public static readonly Parser<Token, Statement> Release = Kw("RELEASE").Then(Kw("SAVEPOINT")).Then(Ident).Select(n => (Statement)new ReleaseSavepointStatement(n));

    public static readonly Parser<Token, Statement> Use = Kw("USE").Then(Ident).Select(n => (Statement)new UseStatement(n));

    public static readonly Parser<Token, Statement> Kill = Kw("KILL").Then(Map(
        (query, id) => (Statement)new KillStatement(query.HasValue && query.Value == "QUERY", id),
        Kws("CONNECTION", "QUERY").Optional(), s_expr));

    public static readonly Parser<Token, Statement> Do = Kw("DO").Then(ExpressionGrammar.ExprList).Select(l => (Statement)new DoStatement(l));

    private static readonly Parser<Token, Token> s_anyToken = new TokenMatch(t => t.Kind is not (TokenKind.End or TokenKind.Semicolon or TokenKind.Invalid));

    public static readonly Parser<Token, Statement> Flush = Kw("FLUSH").Then(Kws("NO_WRITE_TO_BINLOG", "LOCAL").Optional()).Then(
        s_anyToken.AtLeastOnce().MapWithInput((tokens, _) => (Statement)new FlushStatement(SqlList.Of(tokens[0].Source[tokens[0].Start..tokens[^1].End]))));

    private static readonly Parser<Token, TableLock> s_tableLock = Map(
        (name, alias, type) => new TableLock(name, alias, type),
        QualifiedName,
        TableReferenceGrammar.OptAlias,
        OneOf(
            Kw("READ").Then(Kw("LOCAL").Optional()).Select(local => local.HasValue ? TableLockType.ReadLocal : TableLockType.Read),
            Kw("WRITE").ThenReturn(TableLockType.Write),
            Kw("LOW_PRIORITY").Then(Kw("WRITE")).ThenReturn(TableLockType.LowPriorityWrite)));

    public static readonly Parser<Token, Statement> Lock = Kw("LOCK").Then(Kws("TABLES", "TABLE")).Then(s_tableLock.SeparatedAtLeastOnce(Comma))
        .Select(locks => (Statement)new LockTablesStatement(ToList(locks)));

    public static readonly Parser<Token, Statement> Unlock = Kw("UNLOCK").Then(Kws("TABLES", "TABLE")).ThenReturn((Statement)new UnlockTablesStatement());

    public static readonly Parser<Token, Statement> Prepare = Kw("PREPARE").Then(Map(
        (name, source) => (Statement)new PrepareStatement(name, source),
        Ident,
        Kw("FROM").Then(OneOf(
            Tok(TokenKind.String).Select(t => (Expression)Literals.FromToken(t)),
            Tok(TokenKind.UserVariable).Select(t => (Expression)new UserVariable(t.Text))))));

    public static readonly Parser<Token, Statement> Execute = Kw("EXECUTE").Then(Map(
        (name, vars) => (Statement)new ExecuteStatement(name, vars.HasValue ? vars.Value : SqlList<string>.Empty),
        Ident,
        Kw("USING").Then(Tok(TokenKind.UserVariable).Select(t => t.Text).SeparatedAtLeastOnce(Comma).Select(ToList)).Optional()));

    public static readonly Parser<Token, Statement> Deallocate =
        Kw("DEALLOCATE").Then(Kw("PREPARE")).Then(Ident).Select(n => (Statement)new DeallocatePrepareStatement(n));

    public static readonly Parser<Token, Statement> Call = Kw("CALL").Then(Map(
        (name, args) => (Statement)new CallStatement(name, args.HasValue ? args.Value : SqlList<Expression>.Empty),
        QualifiedName,
        LParen.Then(ExpressionGrammar.ExprList.Or(Parser<Token>.Return(SqlList<Expression>.Empty))).Before(RParen).Optional()));
}
