using System.Globalization;
using System.Text;
using MiniAurora.Conformance;
using MiniAurora.Conformance.SqlLogicTest;

const string Usage = """
    usage: MiniAurora.Conformance sqllogictest [--host H] [--port P] [--user U] [--password W] [--database D]
                                               [--failures FILE] [--show-failures N] PATH...
      PATH is a .test file or a folder searched recursively for *.test (e.g. ../shared/sqllogictest).
      Prints per-file and total "N passed, N failed, N skipped"; failing records go to --failures.
    """;

if (args.Length == 0 || args[0] is "-h" or "--help")
{
    Console.WriteLine(Usage);
    return args.Length == 0 ? 2 : 0;
}

CommandLine options;
try
{
    options = CommandLine.Parse(args[1..]);
}
catch (Exception ex) when (ex is ArgumentException or FormatException)
{
    await Console.Error.WriteLineAsync(ex.Message + "\n" + Usage);
    return 2;
}

if (args[0] != "sqllogictest" || options.Paths.Count == 0)
{
    await Console.Error.WriteLineAsync(Usage);
    return 2;
}

var files = options.Paths
    .SelectMany(p => Directory.Exists(p) ? Directory.GetFiles(p, "*.test", SearchOption.AllDirectories).Order(StringComparer.Ordinal) : (IEnumerable<string>)[p])
    .ToList();
var runner = new SltRunner(options.Endpoint, options.Database);
int passed = 0, failed = 0, skipped = 0;
var failures = new List<SltOutcome>();
var started = System.Diagnostics.Stopwatch.StartNew();
foreach (var file in files)
{
    var result = await runner.RunFileAsync(file, CancellationToken.None);
    passed += result.Passed;
    failed += result.Failed;
    skipped += result.Skipped;
    failures.AddRange(result.Failures);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{Path.GetRelativePath(Environment.CurrentDirectory, file)}: {result.Passed} passed, {result.Failed} failed, {result.Skipped} skipped ({result.Elapsed.TotalSeconds:F1} s)"));
}

string Describe(SltOutcome f) => $"{f.Record.File}:{f.Record.Line}\n  SQL: {f.Record.Sql.Replace("\n", "\n       ", StringComparison.Ordinal)}\n  expected: {f.Expected}\n  got:      {f.Got}\n";
foreach (var f in failures.Take(options.ShowFailures))
{
    Console.WriteLine(Describe(f));
}
if (options.FailuresFile is not null)
{
    var sb = new StringBuilder();
    foreach (var f in failures)
    {
        sb.AppendLine(Describe(f));
    }
    await File.WriteAllTextAsync(options.FailuresFile, sb.ToString());
}
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"total time: {started.Elapsed.TotalSeconds:F1} s"));
Console.WriteLine($"{passed} passed, {failed} failed, {skipped} skipped");
return failed == 0 ? 0 : 1;
