using MiniAurora.Core.Errors;
using MiniAurora.Core.Values;
using MiniAurora.Sql.Ast;
using MiniAurora.Sql.Ast.Expressions;
using MiniAurora.Sql.Ast.Query;
using MiniAurora.Sql.Ast.Routines;
using MiniAurora.Sql.Ast.Statements;
using MiniAurora.Sql.Formatting;
using MiniAurora.Sql.Parsing;

namespace MiniAurora.Sql.Tests.Parsing;

[TestFixture]
public sealed class ParserTests
{
    private static Expression Expr(string sql) =>
        ((ExpressionItem)((SelectQuery)((SelectStatement)SqlParser.Parse("SELECT " + sql)).Query).Items[0]).Expression;

    /// <summary>Fully parenthesized rendering of the tree, to pin grouping independent of the formatter.</summary>
    private static string Tree(Expression e) => e switch
    {
        BinaryExpression b => $"({Tree(b.Left)} {b.Operator} {Tree(b.Right)})",
        UnaryExpression u => $"({u.Operator} {Tree(u.Operand)})",
        IsExpression i => $"({Tree(i.Operand)} IS{(i.Not ? " NOT" : "")} {i.Test})",
        BetweenExpression b => $"({Tree(b.Operand)} BETWEEN {Tree(b.Low)} AND {Tree(b.High)})",
        InListExpression i => $"({Tree(i.Operand)} IN {i.Values.Count})",
        LikeExpression l => $"({Tree(l.Operand)} LIKE {Tree(l.Pattern)})",
        VariableAssignment a => $"(@{a.Name} := {Tree(a.Value)})",
        CollateExpression c => $"({Tree(c.Operand)} COLLATE {c.Collation})",
        _ => SqlFormatter.Format(e),
    };

    [TestCase("1 + 2 * 3", "(1 Add (2 Multiply 3))")]
    [TestCase("1 - 2 - 3", "((1 Subtract 2) Subtract 3)")]
    [TestCase("a OR b AND c", "(a Or (b And c))")]
    [TestCase("a OR b XOR c", "(a Or (b Xor c))")]
    [TestCase("a || b && c", "(a Or (b And c))")]
    [TestCase("NOT a = b", "(Not (a Equal b))")]
    [TestCase("!a = b", "((Not a) Equal b)")]
    [TestCase("NOT a AND b", "((Not a) And b)")]
    [TestCase("a = b IS NULL", "((a Equal b) IS Null)")]
    [TestCase("a IS NOT NULL AND b", "((a IS NOT Null) And b)")]
    [TestCase("a BETWEEN 1 AND 2 AND c", "((a BETWEEN 1 AND 2) And c)")]
    [TestCase("a NOT IN (1, 2) OR b LIKE 'x'", "((Not-in) Or (b LIKE 'x'))")]
    [TestCase("1 | 2 & 3", "(1 BitOr (2 BitAnd 3))")]
    [TestCase("1 << 2 + 3", "(1 ShiftLeft (2 Add 3))")]
    [TestCase("2 ^ 3 * 4", "((2 BitXor 3) Multiply 4)")]
    [TestCase("-2 ^ 2", "(-2 BitXor 2)")]
    [TestCase("- a * b", "((Negate a) Multiply b)")]
    [TestCase("a DIV b MOD c", "((a IntegerDivide b) Modulo c)")]
    [TestCase("@x := 1 + 2", "(@x := (1 Add 2))")]
    [TestCase("a COLLATE utf8mb4_bin = b", "((a COLLATE utf8mb4_bin) Equal b)")]
    [TestCase("d + INTERVAL 1 DAY - INTERVAL 2 HOUR", "((d Add INTERVAL 1 DAY) Subtract INTERVAL 2 HOUR)")]
    public void Parse_Operators_FollowMySqlPrecedence(string sql, string expected)
    {
        var tree = Tree(Expr(sql));
        if (expected.Contains("Not-in", StringComparison.Ordinal))
        {
            Assert.That(tree, Does.StartWith("((a IN 2) Or"));
            Assert.That(((InListExpression)((BinaryExpression)Expr(sql)).Left).Not, Is.True);
            return;
        }
        Assert.That(tree, Is.EqualTo(expected));
    }

    [Test]
    public void Parse_Literals_HaveMySqlTypes()
    {
        Assert.Multiple(() =>
        {
            Assert.That(((Literal)Expr("9223372036854775807")).Value.Kind, Is.EqualTo(SqlValueKind.Int));
            Assert.That(((Literal)Expr("18446744073709551615")).Value.AsUInt, Is.EqualTo(ulong.MaxValue));
            Assert.That(((Literal)Expr("-9223372036854775808")).Value.AsInt, Is.EqualTo(long.MinValue));
            Assert.That(((Literal)Expr("1.50")).Text, Is.EqualTo("1.50"));
            Assert.That(((Literal)Expr("1.50")).Value.AsDecimal, Is.EqualTo(1.50m));
            Assert.That(((Literal)Expr("1e3")).Value.AsDouble, Is.EqualTo(1000d));
            Assert.That(((Literal)Expr("X'4142'")).Value.AsBytes, Is.EqualTo(new byte[] { 0x41, 0x42 }));
            Assert.That(((Literal)Expr("b'100000001'")).Value.AsBytes, Is.EqualTo(new byte[] { 1, 1 }));
            Assert.That(((Literal)Expr("TRUE")).Kind, Is.EqualTo(LiteralKind.Boolean));
        });
    }

    [Test]
    public void ParseStatement_Placeholders_NumberedInOrder()
    {
        var parsed = SqlParser.ParseStatement("INSERT INTO t (a, b, c) VALUES (?, ?, ?)");
        Assert.That(parsed.ParameterCount, Is.EqualTo(3));
        var row = ((ValuesSource)((InsertStatement)parsed.Statement).Source).Rows[0];
        Assert.That(row.Select(e => ((Parameter)e).Index), Is.EqualTo(new[] { 0, 1, 2 }));
    }

    [Test]
    public void ParseMulti_Statements_SplitWithTextAndPerStatementPlaceholders()
    {
        var list = SqlParser.ParseMulti("SELECT ?; /* c; */ UPDATE t SET a = ';' WHERE b = ?;\nSELECT 3;");
        Assert.That(list.Select(s => s.Text), Is.EqualTo(new[] { "SELECT ?", "UPDATE t SET a = ';' WHERE b = ?", "SELECT 3" }));
        Assert.That(list.Select(s => s.ParameterCount), Is.EqualTo(new[] { 1, 1, 0 }));
    }

    [Test]
    public void ParseMulti_CreateProcedure_KeepsBodyTogether()
    {
        const string create = "CREATE PROCEDURE p() BEGIN DECLARE x INT; IF x THEN SELECT 1; END IF; WHILE x DO SET x = x - 1; END WHILE; END";
        var list = SqlParser.ParseMulti(create + "; CALL p()");
        Assert.That(list, Has.Count.EqualTo(2));
        Assert.That(list[0].Text, Is.EqualTo(create));
        var procedure = (CreateProcedureStatement)list[0].Statement;
        Assert.That(procedure.BodyText, Does.StartWith("BEGIN DECLARE").And.EndWith("END WHILE; END"));
    }

    [TestCase("")]
    [TestCase("   ")]
    [TestCase(";")]
    [TestCase("/* only a comment */")]
    [TestCase("-- x")]
    public void Parse_Empty_ThrowsEmptyQuery(string sql)
    {
        var e = Assert.Throws<MiniAuroraException>(() => SqlParser.Parse(sql));
        Assert.That(e!.Code, Is.EqualTo(ErrorCode.ER_EMPTY_QUERY));
    }

    [Test]
    public void Parse_TwoStatementsWithoutMulti_ReportsSecond()
    {
        var e = Assert.Throws<MiniAuroraException>(() => SqlParser.Parse("SELECT 1; SELECT 2"));
        Assert.That(e!.Code, Is.EqualTo(ErrorCode.ER_PARSE_ERROR));
        Assert.That(e.Message, Does.EndWith("near 'SELECT 2' at line 1"));
    }

    [Test]
    public void Parse_ErrorOnLaterLine_ReportsLineAndNearText()
    {
        var e = Assert.Throws<MiniAuroraException>(() => SqlParser.Parse("SELECT a\nFROM t\nWHERE = 1"));
        Assert.That(e!.Message, Does.EndWith("near '= 1' at line 3"));
        Assert.That(e.SqlState, Is.EqualTo("42000"));
    }

    [Test]
    public void ParseEach_SecondStatementInvalid_FirstIsYieldedBeforeError()
    {
        using var e = SqlParser.ParseEach("SELECT 1; SELEC 2").GetEnumerator();
        Assert.That(e.MoveNext(), Is.True);
        Assert.That(e.Current.Text, Is.EqualTo("SELECT 1"));
        var error = Assert.Throws<MiniAuroraException>(() => e.MoveNext());
        Assert.That(error!.Message, Does.EndWith("near 'SELEC 2' at line 1"));
    }

    [Test]
    public void ParseMulti_ErrorInSecondStatement_LineCountsFromThatStatement()
    {
        var e = Assert.Throws<MiniAuroraException>(() => SqlParser.ParseMulti("SELECT 1;\n\nSELECT\n2 +;"));
        Assert.That(e!.Message, Does.EndWith("near ';' at line 2"));
    }

    [TestCase("SELECT @@version_comment LIMIT 1")]
    [TestCase("SELECT DATABASE(), USER() LIMIT 1")]
    [TestCase("SELECT @@character_set_client, @@character_set_connection, @@character_set_server, @@character_set_database LIMIT 1")]
    [TestCase("SET NAMES utf8mb4 COLLATE utf8mb4_general_ci")]
    [TestCase("SET character_set_results = NULL")]
    [TestCase("SET autocommit=1")]
    [TestCase("SET SESSION TRANSACTION ISOLATION LEVEL REPEATABLE READ")]
    [TestCase("SHOW VARIABLES")]
    [TestCase("SHOW COLLATION")]
    [TestCase("SELECT CONNECTION_ID(), VERSION(), @@sql_mode")]
    [TestCase("SELECT TIMEDIFF(NOW(), UTC_TIMESTAMP())")]
    [TestCase("SHOW WARNINGS")]
    [TestCase("KILL QUERY 12")]
    [TestCase("SELECT * FROM information_schema.SCHEMATA WHERE SCHEMA_NAME = 'x'")]
    [TestCase("select * from `sbtest1` limit 0")]
    [TestCase("/*!40101 SET @OLD_CHARACTER_SET_CLIENT=@@CHARACTER_SET_CLIENT */")]
    [TestCase("/*!40103 SET TIME_ZONE='+00:00' */")]
    [TestCase("/*!40014 SET @OLD_UNIQUE_CHECKS=@@UNIQUE_CHECKS, UNIQUE_CHECKS=0 */")]
    [TestCase("/*!40101 SET @OLD_SQL_MODE=@@SQL_MODE, SQL_MODE='NO_AUTO_VALUE_ON_ZERO' */")]
    [TestCase("SELECT /*!40001 SQL_NO_CACHE */ * FROM `t`")]
    [TestCase("LOCK TABLES `t` WRITE")]
    [TestCase("/*!40000 ALTER TABLE `t` DISABLE KEYS */")]
    [TestCase("SHOW VARIABLES LIKE 'gtid\\_mode'")]
    [TestCase("SET SESSION character_set_results = 'binary'")]
    [TestCase("SELECT COLUMN_NAME, JSON_EXTRACT(HISTOGRAM, '$.\"number-of-buckets-specified\"') FROM information_schema.COLUMN_STATISTICS WHERE SCHEMA_NAME = 'd' AND TABLE_NAME = 't'")]
    [TestCase("SELECT LOGFILE_GROUP_NAME, FILE_NAME, TOTAL_EXTENTS, INITIAL_SIZE, ENGINE, EXTRA FROM INFORMATION_SCHEMA.FILES WHERE FILE_TYPE = 'UNDO LOG' AND FILE_NAME IS NOT NULL GROUP BY LOGFILE_GROUP_NAME, FILE_NAME, ENGINE, TOTAL_EXTENTS, INITIAL_SIZE ORDER BY LOGFILE_GROUP_NAME")]
    [TestCase("SHOW CREATE TABLE `d`.`t`")]
    [TestCase("SET SQL_QUOTE_SHOW_CREATE=1")]
    [TestCase("FLUSH /*!40101 LOCAL */ TABLES")]
    public void Parse_ClientConnectionQueries_Succeed(string sql)
    {
        Assert.That(() => SqlParser.Parse(sql), Throws.Nothing);
    }

    [Test]
    public void Parse_SelectItem_KeepsSourceTextForColumnName()
    {
        var query = (SelectQuery)((SelectStatement)SqlParser.Parse("SELECT 1+1, a  AS b, @@version_comment FROM t")).Query;
        Assert.That(query.Items.Select(i => ((ExpressionItem)i).Text), Is.EqualTo(new[] { "1+1", "a", "@@version_comment" }));
    }

    [Test]
    public void Parse_SameSqlTwice_AstsAreEqual()
    {
        const string sql = "SELECT a, COUNT(*) FROM t JOIN u ON t.id = u.id WHERE b IN (1, 2) GROUP BY a ORDER BY 2 DESC LIMIT 5";
        Assert.That(SqlParser.Parse(sql), Is.EqualTo(SqlParser.Parse("  " + sql)));
    }

    [TestCase("SELECT status, name, value, data, comment, date, timestamp, text, action, user, password, position FROM t")]
    [TestCase("CREATE TABLE t (status INT, name TEXT, value INT, data BLOB, comment TEXT, date DATE, timestamp TIMESTAMP, text TEXT, action INT, user INT, password INT, position INT)")]
    public void Parse_NonReservedKeywords_AreIdentifiers(string sql)
    {
        Assert.That(() => SqlParser.Parse(sql), Throws.Nothing);
    }

    [TestCase("SELECT a member, b sounds FROM t")]
    [TestCase("SELECT a value, b status, c date FROM t")]
    public void Parse_OperatorWordsAsAliases_Succeed(string sql)
    {
        Assert.That(() => SqlParser.Parse(sql), Throws.Nothing);
    }

    [TestCase("SELECT select FROM t")]
    [TestCase("CREATE TABLE t (order INT)")]
    public void Parse_ReservedWordAsIdentifier_Fails(string sql)
    {
        var e = Assert.Throws<MiniAuroraException>(() => SqlParser.Parse(sql));
        Assert.That(e!.Code, Is.EqualTo(ErrorCode.ER_PARSE_ERROR));
    }
}
