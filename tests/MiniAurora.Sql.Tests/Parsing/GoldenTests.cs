using MiniAurora.Core.Errors;
using MiniAurora.Sql.Formatting;
using MiniAurora.Sql.Parsing;

namespace MiniAurora.Sql.Tests.Parsing;

/// <summary>
/// Golden round trips (ARCHITECTURE.md B8): each input parses, formats to the expected canonical text,
/// and the canonical text is a fixed point (Format(Parse(Format(x))) == Format(x)). For invalid.txt the
/// expected output is "ERROR 1064 near '…' at line N". Set MINIAURORA_REGENERATE=1 to rewrite the
/// expected outputs from the current implementation (review the diff!).
/// </summary>
[TestFixture]
public sealed class GoldenTests
{
    public static IEnumerable<TestCaseData> Cases() =>
        System.IO.Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Golden"), "*.txt")
            .OrderBy(f => f, StringComparer.Ordinal)
            .SelectMany(GoldenFile.Read)
            .Select(c => new TestCaseData(c).SetName(c.ToString()));

    private const string SyntaxErrorPrefix = "You have an error in your SQL syntax; check the manual that corresponds to your MySQL server version for the right syntax to use ";

    internal static string Render(string input)
    {
        try
        {
            var statements = SqlParser.ParseMulti(input);
            return string.Join(";\n", statements.Select(s => SqlFormatter.Format(s.Statement)));
        }
        catch (MiniAuroraException e)
        {
            var message = e.Message.StartsWith(SyntaxErrorPrefix, StringComparison.Ordinal) ? e.Message[SyntaxErrorPrefix.Length..] : e.Message;
            return $"ERROR {e.Number}: {message}";
        }
    }

    [TestCaseSource(nameof(Cases))]
    public void Golden_Input_FormatsToExpectedAndIsFixedPoint(GoldenCase golden)
    {
        var actual = Render(golden.Input);
        Assert.That(actual, Is.EqualTo(golden.Expected), golden.Input);
        if (!actual.StartsWith("ERROR ", StringComparison.Ordinal))
        {
            Assert.That(Render(actual), Is.EqualTo(actual), "not a fixed point");
        }
    }

    [Test]
    [Explicit("rewrites Golden/*.txt; run with MINIAURORA_REGENERATE=1")]
    public void Regenerate()
    {
        if (Environment.GetEnvironmentVariable("MINIAURORA_REGENERATE") != "1")
        {
            Assert.Ignore("set MINIAURORA_REGENERATE=1");
        }
        foreach (var path in System.IO.Directory.GetFiles(GoldenFile.SourceDirectory, "*.txt"))
        {
            var header = string.Concat(File.ReadLines(path).TakeWhile(l => l.StartsWith('#')).Select(l => l + "\n")) + "\n";
            var blocks = GoldenFile.Read(path).Select(c => (c.Input, Render(c.Input))).ToList();
            GoldenFile.Write(path, blocks, header);
        }
    }
}
