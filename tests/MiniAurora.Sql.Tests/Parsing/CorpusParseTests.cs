using MiniAurora.Core.Errors;
using MiniAurora.Sql.Parsing;

namespace MiniAurora.Sql.Tests.Parsing;

/// <summary>
/// Parses every statement/query of the sqllogictest corpus (../shared/sqllogictest, read in place) that
/// MySQL is expected to run, and reports the failures. Explicit: the corpus is large and lives outside the repo.
/// </summary>
[TestFixture]
[Explicit("reads ../shared/sqllogictest")]
public sealed class CorpusParseTests
{
    [Test]
    public void Parse_SqlLogicTestCorpus_ReportsFailures()
    {
        var root = Environment.GetEnvironmentVariable("SQLLOGICTEST_DIR") ?? "/work/shared/sqllogictest";
        if (!Directory.Exists(root))
        {
            Assert.Ignore("corpus not present");
        }
        var total = 0;
        var failures = new Dictionary<string, (int Count, string Example)>();
        foreach (var file in Directory.EnumerateFiles(root, "*.test", SearchOption.AllDirectories))
        {
            var lines = File.ReadAllLines(file);
            var skip = false;
            for (var i = 0; i < lines.Length; i++)
            {
                var line = lines[i];
                if (line.StartsWith("skipif mysql", StringComparison.Ordinal) || (line.StartsWith("onlyif ", StringComparison.Ordinal) && !line.StartsWith("onlyif mysql", StringComparison.Ordinal)))
                {
                    skip = true;
                    continue;
                }
                if (!line.StartsWith("statement ", StringComparison.Ordinal) && !line.StartsWith("query ", StringComparison.Ordinal))
                {
                    continue;
                }
                var expectError = line.StartsWith("statement error", StringComparison.Ordinal);
                var sql = new List<string>();
                for (i++; i < lines.Length && lines[i].Length > 0 && lines[i] != "----"; i++)
                {
                    sql.Add(lines[i]);
                }
                if (skip || expectError)
                {
                    skip = false;
                    continue;
                }
                total++;
                var text = string.Join("\n", sql);
                try
                {
                    SqlParser.Parse(text);
                }
                catch (MiniAuroraException e)
                {
                    var near = e.Message[(e.Message.IndexOf("near '", StringComparison.Ordinal) + 6)..];
                    var key = string.Join(' ', near.Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(2));
                    failures[key] = failures.TryGetValue(key, out var f) ? (f.Count + 1, f.Example) : (1, text);
                }
            }
        }
        var failed = failures.Values.Sum(f => f.Count);
        TestContext.Out.WriteLine($"{total} parsed, {failed} failed");
        foreach (var (key, (count, example)) in failures.OrderByDescending(f => f.Value.Count).Take(40))
        {
            TestContext.Out.WriteLine($"{count,6}  near {key}  e.g. {example.Replace('\n', ' ')[..Math.Min(160, example.Length)]}");
        }
        Assert.That(failed, Is.LessThan(total / 100 + 1), "more than 1% of the corpus fails to parse");
    }
}
