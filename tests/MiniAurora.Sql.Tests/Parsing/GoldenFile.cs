using System.Text;

namespace MiniAurora.Sql.Tests.Parsing;

/// <summary>
/// Reads and rewrites Golden/*.txt: blocks of input lines, a "----" line, the expected output line(s),
/// and a blank line. Lines starting with '#' between blocks are comments.
/// </summary>
internal static class GoldenFile
{
    public static string Directory => Path.Combine(TestContext.CurrentContext.TestDirectory, "Golden");

    /// <summary>The source copy (for MINIAURORA_REGENERATE=1).</summary>
    public static string SourceDirectory
    {
        get
        {
            var dir = new DirectoryInfo(TestContext.CurrentContext.TestDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "MiniAurora.Sql.Tests.csproj")))
            {
                dir = dir.Parent;
            }
            return Path.Combine(dir!.FullName, "Golden");
        }
    }

    public static List<GoldenCase> Read(string path)
    {
        var cases = new List<GoldenCase>();
        var lines = File.ReadAllLines(path);
        var name = Path.GetFileName(path);
        var i = 0;
        while (i < lines.Length)
        {
            if (lines[i].Length == 0 || lines[i].StartsWith('#'))
            {
                i++;
                continue;
            }
            var start = i;
            var input = new StringBuilder();
            while (i < lines.Length && lines[i] != "----")
            {
                input.Append(input.Length == 0 ? "" : "\n").Append(lines[i]);
                i++;
            }
            i++;
            var expected = new StringBuilder();
            while (i < lines.Length && lines[i].Length > 0)
            {
                expected.Append(expected.Length == 0 ? "" : "\n").Append(lines[i]);
                i++;
            }
            cases.Add(new GoldenCase(name, start + 1, input.ToString(), expected.ToString()));
        }
        return cases;
    }

    public static void Write(string path, IEnumerable<(string Input, string Output)> blocks, string header)
    {
        var sb = new StringBuilder(header);
        foreach (var (input, output) in blocks)
        {
            sb.Append(input).Append("\n----\n").Append(output).Append("\n\n");
        }
        File.WriteAllText(path, sb.ToString());
    }
}
