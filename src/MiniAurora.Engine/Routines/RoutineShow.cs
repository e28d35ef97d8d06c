using System.Text.RegularExpressions;
using MiniAurora.Core.Errors;
using MiniAurora.Core.Values;
using MiniAurora.Sql.Ast.Routines;
using MiniAurora.Sql.Parsing;
using MiniAurora.Storage.Catalog;

namespace MiniAurora.Engine.Routines;

/// <summary>Rows for SHOW CREATE PROCEDURE/FUNCTION/TRIGGER, SHOW PROCEDURE/FUNCTION STATUS and SHOW TRIGGERS.</summary>
internal static partial class RoutineShow
{
    /// <summary>The stored CREATE text with MySQL's canonical head: <c>CREATE DEFINER=`u`@`h` KIND `name`</c>, the rest as written.</summary>
    public static string CreateText(CatalogObject obj)
    {
        var m = HeadPattern().Match(obj.CreateText);
        string kind = obj.Kind switch
        {
            CatalogObjectKind.Procedure => "PROCEDURE",
            CatalogObjectKind.Function => "FUNCTION",
            _ => "TRIGGER",
        };
        string rest = m.Success ? obj.CreateText[m.Length..] : obj.CreateText;
        return $"CREATE DEFINER={obj.Definer ?? "`root`@`localhost`"} {kind} `{obj.Name.Replace("`", "``", StringComparison.Ordinal)}`{rest}";
    }

    [GeneratedRegex(@"^\s*create\s+(definer\s*=\s*\S+\s+)?(procedure|function|trigger)\s+(if\s+not\s+exists\s+)?((`[^`]*`|[\w$]+)\s*\.\s*)?(`[^`]*`|[\w$]+)", RegexOptions.IgnoreCase)]
    private static partial Regex HeadPattern();

    public static CatalogObject Find(CatalogSnapshot catalog, CatalogObjectKind kind, string db, string name)
    {
        if (catalog.TryGetObject(kind, db, name, out var obj))
        {
            return obj;
        }
        throw kind == CatalogObjectKind.Trigger ? MySqlErrors.TrgDoesNotExist() : MySqlErrors.SpDoesNotExist(kind == CatalogObjectKind.Procedure ? "PROCEDURE" : "FUNCTION", name);
    }

    private static SqlValue Time(DateTime t) => SqlValue.FromDateTime(MySqlDateTime.FromDateTime(t));

    private static string PlainDefiner(CatalogObject o) => (o.Definer ?? "`root`@`localhost`").Replace("`", "", StringComparison.Ordinal);

    /// <summary>SHOW PROCEDURE|FUNCTION STATUS rows (all schemas, ordered by schema and name).</summary>
    public static IEnumerable<SqlValue[]> StatusRows(CatalogSnapshot catalog, bool functions) =>
        catalog.GetObjects(functions ? CatalogObjectKind.Function : CatalogObjectKind.Procedure)
            .OrderBy(o => o.Schema, StringComparer.Ordinal).ThenBy(o => o.Name, StringComparer.OrdinalIgnoreCase)
            .Select(o => new[]
            {
                SqlValue.FromString(o.Schema), SqlValue.FromString(o.Name), SqlValue.FromString(functions ? "FUNCTION" : "PROCEDURE"), SqlValue.FromString(PlainDefiner(o)),
                Time(o.Modified), Time(o.Created), SqlValue.FromString("DEFINER"), SqlValue.FromString(""), SqlValue.FromString("utf8mb4"),
                SqlValue.FromString("utf8mb4_0900_ai_ci"), SqlValue.FromString("utf8mb4_0900_ai_ci"),
            });

    /// <summary>SHOW TRIGGERS rows for one schema, in table, event, timing and firing order.</summary>
    public static IEnumerable<SqlValue[]> TriggerRows(CatalogSnapshot catalog, string db) =>
        catalog.GetObjects(CatalogObjectKind.Trigger, db)
            .Select(o => (Obj: o, Create: (CreateTriggerStatement)SqlParser.Parse(o.CreateText)))
            .OrderBy(x => x.Obj.Table, StringComparer.OrdinalIgnoreCase).ThenBy(x => x.Create.Event).ThenBy(x => x.Create.Timing).ThenBy(x => x.Obj.Order)
            .Select(x => new[]
            {
                SqlValue.FromString(x.Obj.Name), SqlValue.FromString(x.Create.Event.ToString().ToUpperInvariant()), SqlValue.FromString(x.Obj.Table),
                SqlValue.FromString(x.Create.BodyText), SqlValue.FromString(x.Create.Timing.ToString().ToUpperInvariant()), Time(x.Obj.Created),
                SqlValue.FromString(x.Obj.SqlMode), SqlValue.FromString(PlainDefiner(x.Obj)), SqlValue.FromString("utf8mb4"),
                SqlValue.FromString("utf8mb4_0900_ai_ci"), SqlValue.FromString("utf8mb4_0900_ai_ci"),
            });
}
