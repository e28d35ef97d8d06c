namespace MiniAurora.Core.Tests.Generation;

[TestFixture]
public sealed class GeneratedFilesTests
{
    private static string ErrorsDir => Path.Combine(RepoPaths.Root, "src", "MiniAurora.Core", "Errors");

    [Test]
    public void ErrorTable_GeneratedFiles_AreCurrent()
    {
        var rows = ErrorTableGenerator.ReadCsv(Path.Combine(ErrorsDir, "errors.csv"));
        var (enumFile, factoryFile) = ErrorTableGenerator.Generate(rows);
        var enumPath = Path.Combine(ErrorsDir, "ErrorCode.g.cs");
        var factoryPath = Path.Combine(ErrorsDir, "MySqlErrors.g.cs");
        if (Environment.GetEnvironmentVariable("MINIAURORA_REGENERATE") == "1")
        {
            File.WriteAllText(enumPath, enumFile);
            File.WriteAllText(factoryPath, factoryFile);
        }
        Assert.Multiple(() =>
        {
            Assert.That(File.ReadAllText(enumPath), Is.EqualTo(enumFile), "ErrorCode.g.cs is stale: run the tests with MINIAURORA_REGENERATE=1");
            Assert.That(File.ReadAllText(factoryPath), Is.EqualTo(factoryFile), "MySqlErrors.g.cs is stale: run the tests with MINIAURORA_REGENERATE=1");
        });
    }

    [Test]
    public void ErrorTable_NamesAndNumbers_AreUnique()
    {
        var rows = ErrorTableGenerator.ReadCsv(Path.Combine(ErrorsDir, "errors.csv"));
        Assert.Multiple(() =>
        {
            Assert.That(rows.Select(r => r.Name), Is.Unique);
            Assert.That(rows.Select(r => r.Number), Is.Unique);
            Assert.That(rows.Select(r => r.SqlState.Length), Is.All.EqualTo(5));
        });
    }
}
