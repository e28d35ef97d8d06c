using MiniAurora.Core.Values;
using MiniAurora.Sql.Ast;
using MiniAurora.Sql.Ast.Accounts;

namespace MiniAurora.Sql.Formatting;

/// <summary>Account and privilege statements.</summary>
public sealed partial class SqlFormatter
{
    private bool AccountStatement(Statement statement)
    {
        switch (statement)
        {
            case CreateUserStatement c:
                W("CREATE USER ").W(c.IfNotExists ? "IF NOT EXISTS " : "");
                List(c.Users, UserSpec);
                if (!c.DefaultRoles.IsEmpty)
                {
                    W(" DEFAULT ROLE ");
                    List(c.DefaultRoles, Account);
                }
                AccountOptions(c.Options);
                return true;
            case AlterUserStatement a:
                W("ALTER USER ").W(a.IfExists ? "IF EXISTS " : "");
                List(a.Users, UserSpec);
                AccountOptions(a.Options);
                return true;
            case DropUserStatement d:
                W(d.IsRole ? "DROP ROLE " : "DROP USER ").W(d.IfExists ? "IF EXISTS " : "");
                List(d.Accounts, Account);
                return true;
            case CreateRoleStatement r:
                W("CREATE ROLE ").W(r.IfNotExists ? "IF NOT EXISTS " : "");
                List(r.Roles, Account);
                return true;
            case RenameUserStatement r:
                W("RENAME USER ");
                List(r.From.Zip(r.To), p =>
                {
                    Account(p.First);
                    W(" TO ");
                    Account(p.Second);
                });
                return true;
            case SetPasswordStatement p:
                W("SET PASSWORD ");
                if (p.For is not null)
                {
                    W("FOR ");
                    Account(p.For);
                    W(" ");
                }
                W("= ").Str(p.Password);
                return true;
            case GrantStatement g when g.On is null:
                W("GRANT ");
                List(g.Roles, Account);
                W(" TO ");
                List(g.To, Account);
                W(g.WithGrantOption ? " WITH ADMIN OPTION" : "");
                return true;
            case GrantStatement g:
                W("GRANT ");
                Privileges(g.Privileges);
                W(" ON ");
                Target(g.On);
                W(" TO ");
                List(g.To, Account);
                W(g.WithGrantOption ? " WITH GRANT OPTION" : "");
                return true;
            case RevokeStatement r when r.On is null:
                W("REVOKE ");
                List(r.Roles, Account);
                W(" FROM ");
                List(r.From, Account);
                return true;
            case RevokeStatement r:
                W("REVOKE ");
                Privileges(r.Privileges);
                W(" ON ");
                Target(r.On);
                W(" FROM ");
                List(r.From, Account);
                return true;
            case SetRoleStatement s:
                W("SET ROLE ");
                RoleSelection(s.Kind, s.Roles);
                return true;
            case SetDefaultRoleStatement s:
                W("SET DEFAULT ROLE ");
                RoleSelection(s.Kind, s.Roles);
                W(" TO ");
                List(s.To, Account);
                return true;
            default:
                return false;
        }
    }

    private void Account(AccountName a)
    {
        if (a.IsCurrentUser)
        {
            W("CURRENT_USER");
            return;
        }
        Str(a.User).W("@").Str(a.Host);
    }

    private void UserSpec(UserSpecification u)
    {
        Account(u.Account);
        if (u.Plugin is not null)
        {
            W(" IDENTIFIED WITH ").W(u.Plugin);
            if (u.Password is not null)
            {
                W(" BY ").Str(u.Password);
            }
            else if (u.AuthString is not null)
            {
                W(" AS ").Str(u.AuthString);
            }
        }
        else if (u.Password is not null)
        {
            W(" IDENTIFIED BY ").Str(u.Password);
        }
    }

    private void AccountOptions(AccountOptions o)
    {
        var limits = new List<string>();
        void Limit(string name, int? value)
        {
            if (value is { } v)
            {
                limits.Add(name + " " + Number(v));
            }
        }
        Limit("MAX_QUERIES_PER_HOUR", o.MaxQueriesPerHour);
        Limit("MAX_UPDATES_PER_HOUR", o.MaxUpdatesPerHour);
        Limit("MAX_CONNECTIONS_PER_HOUR", o.MaxConnectionsPerHour);
        Limit("MAX_USER_CONNECTIONS", o.MaxUserConnections);
        if (limits.Count > 0)
        {
            W(" WITH ").W(string.Join(" ", limits));
        }
        if (o.PasswordExpire)
        {
            W(" PASSWORD EXPIRE");
        }
        if (o.AccountLocked is { } locked)
        {
            W(locked ? " ACCOUNT LOCK" : " ACCOUNT UNLOCK");
        }
    }

    private void Privileges(SqlList<Privilege> privileges) => List(privileges, p =>
    {
        W(p.Name);
        if (!p.Columns.IsEmpty)
        {
            W(" (");
            Ids(p.Columns);
            W(")");
        }
    });

    private void Target(GrantObject? target)
    {
        W(target!.Kind switch { GrantObjectKind.Function => "FUNCTION ", GrantObjectKind.Procedure => "PROCEDURE ", _ => "" });
        if (target.Database is not null)
        {
            W(target.Database == "*" ? "*" : QuoteAll || NeedsQuotes(target.Database) ? QuoteIdentifier(target.Database) : target.Database).W(".");
        }
        W(target.Name == "*" ? "*" : QuoteAll || NeedsQuotes(target.Name) ? QuoteIdentifier(target.Name) : target.Name);
    }

    private void RoleSelection(RoleSelectionKind kind, SqlList<AccountName> roles)
    {
        switch (kind)
        {
            case RoleSelectionKind.Default: W("DEFAULT"); break;
            case RoleSelectionKind.None: W("NONE"); break;
            case RoleSelectionKind.All: W("ALL"); break;
            case RoleSelectionKind.AllExcept:
                W("ALL EXCEPT ");
                List(roles, Account);
                break;
            default:
                List(roles, Account);
                break;
        }
    }
}
