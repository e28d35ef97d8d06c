using System.Globalization;
using System.Text;

namespace MiniAurora.Core.Errors;

/// <summary>One row of <c>errors.csv</c>: MySQL's number, SQLSTATE and printf-style message template.</summary>
public sealed record MySqlErrorInfo(ErrorCode Code, string Name, string SqlState, string Template)
{
    public int Number => (int)Code;

    /// <summary>Looks up a row; unknown numbers (user SIGNALs) get a generic HY000 row.</summary>
    public static MySqlErrorInfo Of(ErrorCode code) =>
        MySqlErrors.Table.TryGetValue(code, out var info) ? info : new MySqlErrorInfo(code, code.ToString(), "HY000", "Unknown error");

    /// <summary>
    /// Expands MySQL's printf conversions (%s, %d, %u, %ld, %lu, %.*s) in order, the way
    /// <c>my_error</c> does; missing arguments print as empty so a bad call never throws.
    /// </summary>
    public string Format(params object?[] args)
    {
        var sb = new StringBuilder(Template.Length + 32);
        int argIndex = 0;
        for (int i = 0; i < Template.Length; i++)
        {
            char c = Template[i];
            if (c != '%' || i + 1 >= Template.Length)
            {
                sb.Append(c);
                continue;
            }
            int j = i + 1;
            if (Template[j] == '%')
            {
                sb.Append('%');
                i = j;
                continue;
            }
            while (j < Template.Length && (Template[j] == 'l' || Template[j] == '.' || Template[j] == '*'))
            {
                j++;
            }
            if (j < Template.Length && "sduic".Contains(Template[j], StringComparison.Ordinal))
            {
                object? arg = argIndex < args.Length ? args[argIndex] : null;
                argIndex++;
                sb.Append(Convert.ToString(arg, CultureInfo.InvariantCulture));
                i = j;
            }
            else
            {
                sb.Append(c);
            }
        }
        return sb.ToString();
    }

    public MiniAuroraException Exception(params object?[] args) => new(Code, SqlState, Format(args));

    public SqlWarning Warning(params object?[] args) => new(SqlWarningLevel.Warning, Code, Format(args));

    public SqlWarning Note(params object?[] args) => new(SqlWarningLevel.Note, Code, Format(args));
}
