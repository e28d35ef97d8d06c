namespace MiniAurora.Conformance.SqlLogicTest;

/// <summary>
/// Reads sqllogictest files (format: ../shared/sqllogictest/README.md): blank-line-separated records,
/// '#' comments, skipif/onlyif engine filters (our engine name is "mysql"), and halt.
/// Records filtered out for our engine are counted as skipped.
/// </summary>
internal static class SltParser
{
    public const string EngineName = "mysql";

    public sealed record ParsedFile(IReadOnlyList<SltRecord> Records, int Skipped);

    public static ParsedFile Parse(string path)
    {
        var lines = File.ReadAllLines(path);
        var records = new List<SltRecord>();
        int skipped = 0;
        int i = 0;
        while (i < lines.Length)
        {
            if (IsBlankOrComment(lines[i]))
            {
                i++;
                continue;
            }
            bool include = true;
            while (i < lines.Length && (lines[i].StartsWith("skipif ", StringComparison.Ordinal) || lines[i].StartsWith("onlyif ", StringComparison.Ordinal)))
            {
                var parts = lines[i].Split(' ', StringSplitOptions.RemoveEmptyEntries);
                bool matches = parts.Length > 1 && parts[1] == EngineName;
                if ((parts[0] == "skipif" && matches) || (parts[0] == "onlyif" && !matches))
                {
                    include = false;
                }
                i++;
            }
            if (i >= lines.Length)
            {
                break;
            }
            int startLine = i + 1;
            var header = lines[i].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            i++;
            switch (header[0])
            {
                case "halt":
                    if (include)
                    {
                        return new ParsedFile(records, skipped + CountRemaining(lines, i));
                    }
                    break;
                case "hash-threshold":
                    records.Add(new SltRecord(SltRecordKind.HashThreshold, path, startLine, "", HashThreshold: int.Parse(header[1], System.Globalization.CultureInfo.InvariantCulture)));
                    break;
                case "statement":
                {
                    var sql = ReadSql(lines, ref i, out _);
                    if (include)
                    {
                        records.Add(new SltRecord(header[1] == "ok" ? SltRecordKind.StatementOk : SltRecordKind.StatementError, path, startLine, sql));
                    }
                    else
                    {
                        skipped++;
                    }
                    break;
                }
                case "query":
                {
                    var sql = ReadSql(lines, ref i, out bool hasResults);
                    var expected = new List<string>();
                    if (hasResults)
                    {
                        while (i < lines.Length && lines[i].Length > 0)
                        {
                            expected.Add(lines[i]);
                            i++;
                        }
                    }
                    if (include)
                    {
                        var sort = header.Length > 2 ? header[2] switch
                        {
                            "rowsort" => SltSortMode.RowSort,
                            "valuesort" => SltSortMode.ValueSort,
                            _ => SltSortMode.NoSort,
                        } : SltSortMode.NoSort;
                        records.Add(new SltRecord(SltRecordKind.Query, path, startLine, sql, header[1], sort, header.Length > 3 ? header[3] : null, expected));
                    }
                    else
                    {
                        skipped++;
                    }
                    break;
                }
                default:
                    // Unknown directive: skip its block.
                    while (i < lines.Length && lines[i].Length > 0)
                    {
                        i++;
                    }
                    break;
            }
        }
        return new ParsedFile(records, skipped);
    }

    private static bool IsBlankOrComment(string line) => line.Length == 0 || line[0] == '#' || string.IsNullOrWhiteSpace(line);

    private static string ReadSql(string[] lines, ref int i, out bool hasResults)
    {
        var sql = new List<string>();
        hasResults = false;
        while (i < lines.Length && lines[i].Length > 0)
        {
            if (lines[i] == "----")
            {
                hasResults = true;
                i++;
                break;
            }
            sql.Add(lines[i]);
            i++;
        }
        return string.Join("\n", sql);
    }

    private static int CountRemaining(string[] lines, int from)
    {
        int count = 0;
        for (int i = from; i < lines.Length; i++)
        {
            if (lines[i].StartsWith("statement ", StringComparison.Ordinal) || lines[i].StartsWith("query ", StringComparison.Ordinal))
            {
                count++;
            }
        }
        return count;
    }
}
