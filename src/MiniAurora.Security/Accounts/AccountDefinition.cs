using System.Text;

namespace MiniAurora.Security.Accounts;

/// <summary>
/// The durable form of an account: a CREATE USER statement in the shape of the leading clauses of MySQL's
/// SHOW CREATE USER output (which goes on with REQUIRE, PASSWORD and other clauses not modelled yet),
/// e.g. <c>CREATE USER 'app'@'%' IDENTIFIED WITH 'mysql_native_password' AS '*2470…' ACCOUNT UNLOCK</c>.
/// Accounts are stored in the catalog as this text (ARCHITECTURE.md B9 #5) and read back with
/// <see cref="Parse"/>, which accepts exactly what <see cref="Format"/> writes.
/// </summary>
public static class AccountDefinition
{
    public static string Format(Account account)
    {
        var sb = new StringBuilder("CREATE USER ");
        sb.Append(Quote(account.User)).Append('@').Append(Quote(account.Host));
        sb.Append(" IDENTIFIED WITH ").Append(Quote(account.Plugin));
        if (account.AuthenticationString.Length > 0)
        {
            sb.Append(" AS ").Append(Quote(account.AuthenticationString));
        }
        sb.Append(account.Locked ? " ACCOUNT LOCK" : " ACCOUNT UNLOCK");
        return sb.ToString();
    }

    /// <summary>The catalog object name of an account: 'user'@'host' as MySQL quotes it.</summary>
    public static string ObjectName(string user, string host) => Quote(user) + "@" + Quote(host);

    public static Account Parse(string text)
    {
        int pos = 0;
        Expect(text, ref pos, "CREATE USER ");
        var user = ReadQuoted(text, ref pos);
        Expect(text, ref pos, "@");
        var host = ReadQuoted(text, ref pos);
        Expect(text, ref pos, " IDENTIFIED WITH ");
        var plugin = ReadQuoted(text, ref pos);
        var hash = "";
        if (text.AsSpan(pos).StartsWith(" AS ", StringComparison.Ordinal))
        {
            pos += 4;
            hash = ReadQuoted(text, ref pos);
        }
        bool locked = text.AsSpan(pos).StartsWith(" ACCOUNT LOCK", StringComparison.Ordinal);
        return new Account(user, host, plugin, hash) { Locked = locked };
    }

    private static string Quote(string s) => "'" + s.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "\\'", StringComparison.Ordinal) + "'";

    private static void Expect(string text, ref int pos, string literal)
    {
        if (!text.AsSpan(pos).StartsWith(literal, StringComparison.Ordinal))
        {
            throw new FormatException($"account definition: expected '{literal}' at offset {pos} in: {text}");
        }
        pos += literal.Length;
    }

    private static string ReadQuoted(string text, ref int pos)
    {
        if (pos >= text.Length || text[pos] != '\'')
        {
            throw new FormatException($"account definition: expected a quoted string at offset {pos} in: {text}");
        }
        var sb = new StringBuilder();
        for (pos++; pos < text.Length; pos++)
        {
            char c = text[pos];
            if (c == '\\' && pos + 1 < text.Length)
            {
                sb.Append(text[++pos]);
            }
            else if (c == '\'')
            {
                pos++;
                return sb.ToString();
            }
            else
            {
                sb.Append(c);
            }
        }
        throw new FormatException("account definition: unterminated string in: " + text);
    }
}
