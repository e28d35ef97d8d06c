using MiniAurora.Sql.Ast;
using MiniAurora.Sql.Ast.Statements;
using MiniAurora.Sql.Lexing;
using Pidgin;
using static MiniAurora.Sql.Parsing.TokenParsers;
using static Pidgin.Parser;

namespace MiniAurora.Sql.Parsing;

/// <summary>Top-level statement dispatch on the first keyword (left-factored through a table).</summary>
internal static class StatementGrammar
{
    /// <summary>Any statement (without the terminating semicolon).</summary>
    public static readonly Parser<Token, Statement> Statement = Rec(() => s_statement!);

    public static readonly Parser<Token, Statement> QueryStatement = ExpressionGrammar.Query.Select(q => (Statement)new SelectStatement(q));

    private static readonly Parser<Token, Statement> s_statement = new KeywordSwitch<Statement>(
        [
            ("SELECT", false, QueryStatement),
            ("WITH", false, OneOf(Try(DmlGrammar.Update), Try(DmlGrammar.Delete), QueryStatement)),
            ("INSERT", false, DmlGrammar.Insert),
            ("REPLACE", false, DmlGrammar.Replace),
            ("UPDATE", false, DmlGrammar.Update),
            ("DELETE", false, DmlGrammar.Delete),
            ("CREATE", false, DdlGrammar.Create),
            ("DROP", false, DdlGrammar.Drop),
            ("ALTER", false, AlterGrammar.Alter),
            ("RENAME", false, DdlGrammar.Rename),
            ("TRUNCATE", false, DdlGrammar.Truncate),
            ("USE", false, SessionGrammar.Use),
            ("SET", false, SessionGrammar.Set),
            ("SHOW", false, ShowGrammar.Show),
            ("DESCRIBE", false, ShowGrammar.Describe),
            ("DESC", false, ShowGrammar.Describe),
            ("EXPLAIN", false, ShowGrammar.Describe),
            ("BEGIN", false, SessionGrammar.Begin),
            ("START", false, SessionGrammar.StartTransaction),
            ("COMMIT", false, SessionGrammar.Commit),
            ("ROLLBACK", false, SessionGrammar.Rollback),
            ("SAVEPOINT", false, SessionGrammar.Savepoint),
            ("RELEASE", false, SessionGrammar.Release),
            ("KILL", false, SessionGrammar.Kill),
            ("DO", false, SessionGrammar.Do),
            ("FLUSH", false, SessionGrammar.Flush),
            ("LOCK", false, SessionGrammar.Lock),
            ("UNLOCK", false, SessionGrammar.Unlock),
            ("PREPARE", false, SessionGrammar.Prepare),
            ("EXECUTE", false, SessionGrammar.Execute),
            ("DEALLOCATE", false, SessionGrammar.Deallocate),
            ("CALL", false, SessionGrammar.Call),
            ("GRANT", false, AccountGrammar.Grant),
            ("REVOKE", false, AccountGrammar.Revoke),
            ("ANALYZE", false, DdlGrammar.Maintenance("ANALYZE")),
            ("CHECK", false, DdlGrammar.Maintenance("CHECK")),
            ("OPTIMIZE", false, DdlGrammar.Maintenance("OPTIMIZE")),
            ("REPAIR", false, DdlGrammar.Maintenance("REPAIR")),
            ("CHECKSUM", false, DdlGrammar.Maintenance("CHECKSUM")),
        ],
        QueryStatement)
        ;

    /// <summary>A complete statement: nothing may follow it.</summary>
    public static readonly Parser<Token, Statement> Complete = Statement.Before(Parser<Token>.End);
}
