using MiniAurora.Core.Values;
using MiniAurora.Sql.Ast;
using MiniAurora.Sql.Ast.Accounts;
using MiniAurora.Sql.Lexing;
using Pidgin;
using static MiniAurora.Sql.Parsing.TokenParsers;
using static Pidgin.Parser;

namespace MiniAurora.Sql.Parsing;

/// <summary>Accounts and privileges (issue #6): CREATE/ALTER/DROP/RENAME USER, roles, GRANT, REVOKE, SET PASSWORD/ROLE.</summary>
internal static class AccountGrammar
{
    private static readonly int s_on = Keywords.Id("ON");
    private static readonly int s_to = Keywords.Id("TO");
    private static readonly int s_from = Keywords.Id("FROM");

    public static readonly Parser<Token, AccountName> Account = OneOf(
        Kw("CURRENT_USER").Then(LParen.Then(RParen).Optional()).ThenReturn(new AccountName("", "") { IsCurrentUser = true }),
        Map((user, host) => new AccountName(user, host.HasValue ? host.Value : "%"),
            AnyName,
            Peek.Optional(t => t.Kind is TokenKind.UserVariable or TokenKind.At, OneOf(Tok(TokenKind.UserVariable).Select(t => t.Text), Tok(TokenKind.At).Then(AnyName)))));

    private static readonly Parser<Token, SqlList<AccountName>> s_accounts = Account.SeparatedAtLeastOnce(Comma).Select(ToList);

    private static readonly Parser<Token, UserSpecification> s_userSpec = Map(
        (account, auth) => auth.HasValue ? auth.Value(account) : new UserSpecification(account, null, null, null),
        Account,
        Kw("IDENTIFIED").Then(OneOf(
            Kw("BY").Then(StringLit).Select<Func<AccountName, UserSpecification>>(pw => a => new UserSpecification(a, null, pw, null)),
            Kw("WITH").Then(Map<Token, string, Maybe<(bool IsHash, string Value)>, Func<AccountName, UserSpecification>>(
                (plugin, value) => a => new UserSpecification(a, plugin, value.HasValue && !value.Value.IsHash ? value.Value.Value : null, value.HasValue && value.Value.IsHash ? value.Value.Value : null),
                AnyName,
                OneOf(Kw("BY").Then(StringLit).Select(s => (false, s)), Kw("AS").Then(StringLit).Select(s => (true, s))).Optional())))).Optional());

    private static readonly Parser<Token, Func<AccountOptions, AccountOptions>> s_limit = Map<Token, string, int, Func<AccountOptions, AccountOptions>>(
        (name, n) => o => name switch
        {
            "MAX_QUERIES_PER_HOUR" => o with { MaxQueriesPerHour = n },
            "MAX_UPDATES_PER_HOUR" => o with { MaxUpdatesPerHour = n },
            "MAX_CONNECTIONS_PER_HOUR" => o with { MaxConnectionsPerHour = n },
            _ => o with { MaxUserConnections = n },
        },
        Kws("MAX_QUERIES_PER_HOUR", "MAX_UPDATES_PER_HOUR", "MAX_CONNECTIONS_PER_HOUR", "MAX_USER_CONNECTIONS"), IntLit);

    private static readonly Parser<Token, AccountOptions> s_options = OneOf(
            Kw("ACCOUNT").Then(OneOf(Kw("LOCK").ThenReturn(true), Kw("UNLOCK").ThenReturn(false)))
                .Select<Func<AccountOptions, AccountOptions>>(locked => o => o with { AccountLocked = locked }),
            Kw("WITH").Then(s_limit.AtLeastOnce()).Select<Func<AccountOptions, AccountOptions>>(limits => o => limits.Aggregate(o, (acc, f) => f(acc))),
            Kw("PASSWORD").Then(Kw("EXPIRE")).Then(OneOf(
                    Kw("DEFAULT").IgnoreResult(), Kw("NEVER").IgnoreResult(), Kw("INTERVAL").Then(IntLit).Then(Kw("DAY")).IgnoreResult()).Optional())
                .Select<Func<AccountOptions, AccountOptions>>(_ => o => o with { PasswordExpire = true }),
            Kw("REQUIRE").Then(Kws("NONE", "SSL", "X509")).Select<Func<AccountOptions, AccountOptions>>(_ => o => o),
            Kws("COMMENT", "ATTRIBUTE").Then(StringLit).Select<Func<AccountOptions, AccountOptions>>(_ => o => o))
        .Many()
        .Select(list => list.Aggregate(AccountOptions.None, (acc, f) => f(acc)));

    public static readonly Parser<Token, Func<CreatePrefix, Statement>> CreateUser = Kw("USER").Then(Map<Token, bool, SqlList<UserSpecification>, Maybe<SqlList<AccountName>>, AccountOptions, Func<CreatePrefix, Statement>>(
        (ine, users, roles, options) => _ => new CreateUserStatement(users, ine, roles.HasValue ? roles.Value : SqlList<AccountName>.Empty, options),
        IfNotExists,
        s_userSpec.SeparatedAtLeastOnce(Comma).Select(ToList),
        Kw("DEFAULT").Then(Kw("ROLE")).Then(s_accounts).Optional(),
        s_options));

    public static readonly Parser<Token, Func<CreatePrefix, Statement>> CreateRole = Kw("ROLE").Then(Map<Token, bool, SqlList<AccountName>, Func<CreatePrefix, Statement>>(
        (ine, roles) => _ => new CreateRoleStatement(roles, ine), IfNotExists, s_accounts));

    public static readonly Parser<Token, Statement> AlterUser = Kw("USER").Then(Map(
        (ie, users, options) => (Statement)new AlterUserStatement(users, ie, options),
        IfExists, s_userSpec.SeparatedAtLeastOnce(Comma).Select(ToList), s_options));

    public static readonly Parser<Token, Statement> DropUser = Kw("USER").Then(Map((ie, accounts) => (Statement)new DropUserStatement(accounts, ie, false), IfExists, s_accounts));

    public static readonly Parser<Token, Statement> DropRole = Kw("ROLE").Then(Map((ie, accounts) => (Statement)new DropUserStatement(accounts, ie, true), IfExists, s_accounts));

    public static readonly Parser<Token, Statement> RenameUser = Kw("USER").Then(
        Map((from, to) => (from, to), Account, Kw("TO").Then(Account)).SeparatedAtLeastOnce(Comma))
        .Select(pairs => (Statement)new RenameUserStatement(new SqlList<AccountName>(pairs.Select(p => p.from)), new SqlList<AccountName>(pairs.Select(p => p.to))));

    /// <summary>A privilege or role item: the tokens before ',' / ON / TO / FROM, plus an optional column list.</summary>
    private static readonly Parser<Token, (List<Token> Tokens, SqlList<string> Columns)> s_item = Map(
        (tokens, columns) => (tokens.ToList(), columns.HasValue ? columns.Value : SqlList<string>.Empty),
        new TokenMatch(t => (t.Kind is TokenKind.Word or TokenKind.QuotedIdentifier or TokenKind.String or TokenKind.UserVariable)
            && t.Keyword != s_on && t.Keyword != s_to && t.Keyword != s_from).AtLeastOnce(),
        Peek.Optional(t => t.Kind == TokenKind.LeftParen, ParenIdentList));

    private static readonly Parser<Token, List<(List<Token> Tokens, SqlList<string> Columns)>> s_items =
        s_item.SeparatedAtLeastOnce(Comma).Select(items => items.ToList());

    private static SqlList<Privilege> Privileges(List<(List<Token> Tokens, SqlList<string> Columns)> items) => new(items.Select(i =>
    {
        var name = string.Join(" ", i.Tokens.Select(t => t.Text.ToUpperInvariant()));
        return new Privilege(name == "ALL PRIVILEGES" ? "ALL" : name, i.Columns);
    }));

    private static SqlList<AccountName> Roles(List<(List<Token> Tokens, SqlList<string> Columns)> items) => new(items.Select(i =>
        new AccountName(i.Tokens[0].Text, i.Tokens.Count > 1 && i.Tokens[1].Kind == TokenKind.UserVariable ? i.Tokens[1].Text : "%")));

    private static readonly Parser<Token, string> s_objectPart = Star.ThenReturn("*").Or(IdentAfterDot);

    public static readonly Parser<Token, GrantObject> GrantTarget = Map(
        (kind, first, second) => second.HasValue ? new GrantObject(kind, first, second.Value) : new GrantObject(kind, null, first),
        OneOf(Kw("TABLE").ThenReturn(GrantObjectKind.Table), Kw("FUNCTION").ThenReturn(GrantObjectKind.Function), Kw("PROCEDURE").ThenReturn(GrantObjectKind.Procedure))
            .Or(Parser<Token>.Return(GrantObjectKind.Table)),
        s_objectPart,
        Peek.Optional(t => t.Kind == TokenKind.Dot, Dot.Then(s_objectPart)));

    public static readonly Parser<Token, Statement> Grant = Kw("GRANT").Then(Map(
        (items, build) => build(items),
        s_items,
        OneOf(
            Map<Token, GrantObject, SqlList<AccountName>, bool, Func<List<(List<Token> Tokens, SqlList<string> Columns)>, Statement>>(
                (target, to, option) => items => new GrantStatement(Privileges(items), target, to, option),
                Kw("ON").Then(GrantTarget), Kw("TO").Then(s_accounts), Flag(Kw("WITH").Then(Kw("GRANT")).Then(Kw("OPTION")))),
            Map<Token, SqlList<AccountName>, bool, Func<List<(List<Token> Tokens, SqlList<string> Columns)>, Statement>>(
                (to, option) => items => new GrantStatement(SqlList<Privilege>.Empty, null, to, option) { Roles = Roles(items) },
                Kw("TO").Then(s_accounts), Flag(Kw("WITH").Then(Kw("ADMIN")).Then(Kw("OPTION")))))));

    public static readonly Parser<Token, Statement> Revoke = Kw("REVOKE").Then(IfExists).Then(Map(
        (items, build) => build(items),
        s_items,
        OneOf(
            Map<Token, GrantObject, SqlList<AccountName>, Func<List<(List<Token> Tokens, SqlList<string> Columns)>, Statement>>(
                (target, from) => items => new RevokeStatement(Privileges(items), target, from),
                Kw("ON").Then(GrantTarget), Kw("FROM").Then(s_accounts)),
            Kw("FROM").Then(s_accounts).Select<Func<List<(List<Token> Tokens, SqlList<string> Columns)>, Statement>>(
                from => items => new RevokeStatement(SqlList<Privilege>.Empty, null, from) { Roles = Roles(items) })))
        .Before(Kw("IGNORE").Then(Kw("UNKNOWN")).Then(Kw("USER")).Optional()));

    private static readonly Parser<Token, (RoleSelectionKind Kind, SqlList<AccountName> Roles)> s_roleSelection = OneOf(
        Kw("DEFAULT").ThenReturn((RoleSelectionKind.Default, SqlList<AccountName>.Empty)),
        Kw("NONE").ThenReturn((RoleSelectionKind.None, SqlList<AccountName>.Empty)),
        Kw("ALL").Then(Kw("EXCEPT").Then(s_accounts).Optional())
            .Select(except => except.HasValue ? (RoleSelectionKind.AllExcept, except.Value) : (RoleSelectionKind.All, SqlList<AccountName>.Empty)),
        s_accounts.Select(roles => (RoleSelectionKind.List, roles)));

    /// <summary>After SET: PASSWORD [FOR a] = 'pw'.</summary>
    public static readonly Parser<Token, Statement> SetPassword = Kw("PASSWORD").Then(Map(
        (account, password) => (Statement)new SetPasswordStatement(account.OrNull(), password),
        Kw("FOR").Then(Account).Optional(),
        Equal.Then(StringLit)));

    /// <summary>After SET: ROLE selection.</summary>
    public static readonly Parser<Token, Statement> SetRole = Kw("ROLE").Then(s_roleSelection).Select(r => (Statement)new SetRoleStatement(r.Kind, r.Roles));

    /// <summary>After SET: DEFAULT ROLE selection TO accounts.</summary>
    public static readonly Parser<Token, Statement> SetDefaultRole = Kw("DEFAULT").Then(Kw("ROLE")).Then(Map(
        (selection, to) => (Statement)new SetDefaultRoleStatement(selection.Kind, selection.Roles, to),
        s_roleSelection, Kw("TO").Then(s_accounts)));
}
