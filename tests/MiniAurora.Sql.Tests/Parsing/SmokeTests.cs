using MiniAurora.Sql.Formatting;
using MiniAurora.Sql.Parsing;

namespace MiniAurora.Sql.Tests.Parsing;

[TestFixture]
public sealed class SmokeTests
{
    [TestCase("SELECT c FROM sbtest1 WHERE id=?")]
    [TestCase("SELECT 1+1")]
    [TestCase("select @@version_comment limit 1")]
    public void Parse_Sysbench_Succeeds(string sql)
    {
        var statement = SqlParser.Parse(sql);
        TestContext.Out.WriteLine(statement);
        Assert.That(statement, Is.Not.Null);
    }
}
