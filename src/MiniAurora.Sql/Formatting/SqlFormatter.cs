using MiniAurora.Core.Text;
using System.Globalization;
using System.Text;
using MiniAurora.Core.Values;
using MiniAurora.Sql.Ast;
using MiniAurora.Sql.Ast.Expressions;
using MiniAurora.Sql.Ast.Query;
using MiniAurora.Sql.Lexing;

namespace MiniAurora.Sql.Formatting;

/// <summary>
/// AST → canonical SQL text: upper-case keywords, single spaces, identifiers quoted only when needed
/// (or always, with <see cref="QuoteAll"/>), and parentheses only where precedence requires them.
/// The output re-parses to an equal AST, which the golden tests check (Format(Parse(Format(x))) is a
/// fixed point). Used for SHOW CREATE, stored view definitions and verification modes.
/// </summary>
public sealed partial class SqlFormatter
{
    private readonly StringBuilder _sb = new();

    private SqlFormatter(bool quoteAll) => QuoteAll = quoteAll;

    /// <summary>Quote every identifier with backticks (MySQL's SHOW CREATE style).</summary>
    public bool QuoteAll { get; }

    public static string Format(Statement statement, bool quoteAllIdentifiers = false)
    {
        var f = new SqlFormatter(quoteAllIdentifiers);
        f.Statement(statement);
        return f._sb.ToString();
    }

    public static string Format(Expression expression, bool quoteAllIdentifiers = false)
    {
        var f = new SqlFormatter(quoteAllIdentifiers);
        f.Expr(expression);
        return f._sb.ToString();
    }

    public static string Format(QueryExpression query, bool quoteAllIdentifiers = false)
    {
        var f = new SqlFormatter(quoteAllIdentifiers);
        f.Query(query);
        return f._sb.ToString();
    }

    public static string Format(DataType type)
    {
        var f = new SqlFormatter(false);
        f.Type(type);
        return f._sb.ToString();
    }

    /// <summary>Backtick-quotes an identifier, doubling embedded backticks.</summary>
    public static string QuoteIdentifier(string name) => "`" + name.Replace("`", "``", StringComparison.Ordinal) + "`";

    /// <summary>A string literal in single quotes with MySQL escapes.</summary>
    public static string QuoteString(string value)
    {
        var sb = new StringBuilder(value.Length + 2);
        sb.Append('\'');
        foreach (var c in value)
        {
            switch (c)
            {
                case '\'': sb.Append("''"); break;
                case '\\': sb.Append("\\\\"); break;
                case '\0': sb.Append("\\0"); break;
                case '\n': sb.Append("\\n"); break;
                case '\r': sb.Append("\\r"); break;
                case '\x1A': sb.Append("\\Z"); break;
                default: sb.Append(c); break;
            }
        }
        sb.Append('\'');
        return sb.ToString();
    }

    private static bool NeedsQuotes(string name)
    {
        if (name.Length == 0 || char.IsAsciiDigit(name[0]))
        {
            return true;
        }
        foreach (var c in name)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c == '_' || c == '$'))
            {
                return true;
            }
        }
        return Keywords.IsReservedWord(name);
    }

    private SqlFormatter W(string text)
    {
        _sb.Append(text);
        return this;
    }

    private SqlFormatter Id(string name)
    {
        _sb.Append(QuoteAll || NeedsQuotes(name) ? QuoteIdentifier(name) : name);
        return this;
    }

    private SqlFormatter Name(ObjectName name)
    {
        if (name.Schema is not null)
        {
            Id(name.Schema).W(".");
        }
        return Id(name.Name);
    }

    private SqlFormatter Str(string value)
    {
        _sb.Append(QuoteString(value));
        return this;
    }

    private void List<T>(IEnumerable<T> items, Action<T> write, string separator = ", ")
    {
        var first = true;
        foreach (var item in items)
        {
            if (!first)
            {
                _sb.Append(separator);
            }
            first = false;
            write(item);
        }
    }

    private void Ids(SqlList<string> names) => List(names, n => Id(n));

    private void Literal(Literal literal)
    {
        if (literal.Charset is not null)
        {
            _sb.Append('_').Append(literal.Charset);
        }
        var v = literal.Value;
        switch (literal.Kind)
        {
            case LiteralKind.Null: W("NULL"); break;
            case LiteralKind.Boolean: W(v.AsInt != 0 ? "TRUE" : "FALSE"); break;
            case LiteralKind.Integer: W(v.ToString()); break;
            case LiteralKind.Decimal or LiteralKind.Float: W(literal.Text ?? v.ToString()); break;
            case LiteralKind.String: Str(v.Kind == SqlValueKind.Bytes ? LosslessUtf8.GetString(v.AsBytes) : v.AsString); break;
            case LiteralKind.Hex: W("X'").W(Convert.ToHexString(v.AsBytes)).W("'"); break;
            case LiteralKind.Bit: W("b'").W(string.Concat(v.AsBytes.Select(b => Convert.ToString(b, 2).PadLeft(8, '0')))).W("'"); break;
            case LiteralKind.Date: W("DATE ").Str(v.AsString); break;
            case LiteralKind.Time: W("TIME ").Str(v.AsString); break;
            case LiteralKind.Timestamp: W("TIMESTAMP ").Str(v.AsString); break;
        }
    }

    private static string Number(int n) => n.ToString(CultureInfo.InvariantCulture);
}
