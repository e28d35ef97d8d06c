using MiniAurora.Core.Values;
using MiniAurora.Sql.Ast;
using MiniAurora.Sql.Ast.Compound;
using MiniAurora.Sql.Ast.Expressions;
using MiniAurora.Sql.Lexing;
using Pidgin;
using static MiniAurora.Sql.Parsing.TokenParsers;
using static Pidgin.Parser;

namespace MiniAurora.Sql.Parsing;

/// <summary>
/// Stored-program bodies (issue #5): BEGIN … END blocks with labels, DECLARE (variables, conditions,
/// cursors, handlers), IF, CASE, WHILE, REPEAT, LOOP, LEAVE, ITERATE, RETURN, cursors, SIGNAL/RESIGNAL,
/// GET DIAGNOSTICS, and any ordinary statement. Inside a body BEGIN always opens a block.
/// </summary>
internal static class CompoundGrammar
{
    /// <summary>One statement of a routine body (compound or ordinary).</summary>
    public static readonly Parser<Token, Statement> RoutineStatement = Rec(() => s_routineStatement!);

    private static readonly Parser<Token, Expression> s_expr = ExpressionGrammar.Expr;

    private static readonly Parser<Token, SqlList<Statement>> s_list =
        RoutineStatement.Before(Tok(TokenKind.Semicolon)).Many().Select(ToList);

    private static readonly Parser<Token, string?> s_endLabel = Ident.Optional().Select(m => m.OrNull());

    private static readonly Parser<Token, Statement> s_block = Kw("BEGIN").Then(Kw("NOT").Then(Kw("ATOMIC")).Optional())
        .Then(s_list).Before(Kw("END")).Before(s_endLabel).Select(list => (Statement)new BlockStatement(null, list));

    private static readonly Parser<Token, Statement> s_while = Kw("WHILE").Then(Map(
        (cond, body) => (Statement)new WhileStatement(null, cond, body), s_expr, Kw("DO").Then(s_list)))
        .Before(Kw("END")).Before(Kw("WHILE")).Before(s_endLabel);

    private static readonly Parser<Token, Statement> s_repeat = Kw("REPEAT").Then(Map(
        (body, until) => (Statement)new RepeatStatement(null, body, until), s_list, Kw("UNTIL").Then(s_expr)))
        .Before(Kw("END")).Before(Kw("REPEAT")).Before(s_endLabel);

    private static readonly Parser<Token, Statement> s_loop = Kw("LOOP").Then(s_list)
        .Before(Kw("END")).Before(Kw("LOOP")).Before(s_endLabel).Select(body => (Statement)new LoopStatement(null, body));

    private static readonly Parser<Token, Statement> s_labelled = Map(
        (label, statement) => statement switch
        {
            BlockStatement b => b with { Label = label },
            WhileStatement w => w with { Label = label },
            RepeatStatement r => r with { Label = label },
            LoopStatement l => l with { Label = label },
            _ => statement,
        },
        Try(Ident.Before(Tok(TokenKind.Colon))),
        OneOf(s_block, s_while, s_repeat, s_loop));

    public static readonly Parser<Token, ConditionValue> ConditionValue = OneOf(
        Kw("SQLSTATE").Then(Kw("VALUE").Optional()).Then(StringLit).Select(s => new ConditionValue(ConditionKind.SqlState, SqlState: s)),
        IntLit.Select(n => new ConditionValue(ConditionKind.ErrorCode, ErrorCode: n)),
        Kw("SQLWARNING").ThenReturn(new ConditionValue(ConditionKind.SqlWarning)),
        Kw("NOT").Then(Kw("FOUND")).ThenReturn(new ConditionValue(ConditionKind.NotFound)),
        Kw("SQLEXCEPTION").ThenReturn(new ConditionValue(ConditionKind.SqlException)),
        Ident.Select(n => new ConditionValue(ConditionKind.Named, Name: n)));

    private static readonly Parser<Token, Statement> s_declare = Kw("DECLARE").Then(OneOf(
        Map(
            (action, conditions, body) => (Statement)new DeclareHandlerStatement(action, ToList(conditions), body),
            OneOf(Kw("CONTINUE").ThenReturn(HandlerAction.Continue), Kw("EXIT").ThenReturn(HandlerAction.Exit), Kw("UNDO").ThenReturn(HandlerAction.Undo)).Before(Kw("HANDLER")).Before(Kw("FOR")),
            ConditionValue.SeparatedAtLeastOnce(Comma),
            RoutineStatement),
        Map(
            (names, build) => build(names),
            IdentList,
            OneOf(
                Kw("CONDITION").Then(Kw("FOR")).Then(ConditionValue).Select<Func<SqlList<string>, Statement>>(v => names => new DeclareConditionStatement(names[0], v)),
                Kw("CURSOR").Then(Kw("FOR")).Then(ExpressionGrammar.Query).Select<Func<SqlList<string>, Statement>>(q => names => new DeclareCursorStatement(names[0], q)),
                Map<Token, DataType, Maybe<Expression>, Func<SqlList<string>, Statement>>(
                    (type, defaultValue) => names => new DeclareVariableStatement(names, type, defaultValue.OrNull()),
                    TypeGrammar.DataType, Kw("DEFAULT").Then(s_expr).Optional())))));

    private static readonly Parser<Token, ConditionalBranch> s_branch =
        Map((cond, body) => new ConditionalBranch(cond, body), s_expr, Kw("THEN").Then(s_list));

    private static readonly Parser<Token, Statement> s_if = Kw("IF").Then(Map(
        (first, rest, otherwise) => (Statement)new IfStatement(new SqlList<ConditionalBranch>(rest.Prepend(first)), otherwise.HasValue ? otherwise.Value : (SqlList<Statement>?)null),
        s_branch,
        Kw("ELSEIF").Then(s_branch).Many(),
        Kw("ELSE").Then(s_list).Optional())).Before(Kw("END")).Before(Kw("IF"));

    private static readonly Parser<Token, Statement> s_case = Kw("CASE").Then(Map(
        (operand, whens, otherwise) => (Statement)new CaseStatement(operand.OrNull(), ToList(whens), otherwise.HasValue ? otherwise.Value : (SqlList<Statement>?)null),
        s_expr.Optional(),
        Kw("WHEN").Then(s_branch).AtLeastOnce(),
        Kw("ELSE").Then(s_list).Optional())).Before(Kw("END")).Before(Kw("CASE"));

    private static readonly Parser<Token, SqlList<SignalItem>> s_signalItems = Kw("SET").Then(
        Map((name, value) => new SignalItem(name.ToUpperInvariant(), value), AnyName, Equal.Then(s_expr)).SeparatedAtLeastOnce(Comma))
        .Select(ToList).Or(Parser<Token>.Return(SqlList<SignalItem>.Empty));

    private static readonly Parser<Token, Expression> s_diagnosticsTarget = OneOf(
        Tok(TokenKind.UserVariable).Select(t => (Expression)new UserVariable(t.Text)),
        Ident.Select(n => (Expression)new ColumnRef(n)));

    private static readonly Parser<Token, Statement> s_getDiagnostics = Kw("GET").Then(Map(
        (stacked, condition, items) => (Statement)new GetDiagnosticsStatement(stacked, condition.OrNull(), ToList(items)),
        OneOf(Kw("CURRENT").ThenReturn(false), Kw("STACKED").ThenReturn(true)).Or(Parser<Token>.Return(false)).Before(Kw("DIAGNOSTICS")),
        Kw("CONDITION").Then(s_expr).Optional(),
        Map((target, name) => new DiagnosticsItem(target, name.ToUpperInvariant()), s_diagnosticsTarget, Equal.Then(AnyName)).SeparatedAtLeastOnce(Comma)));

    private static readonly Parser<Token, Statement> s_routineStatement = OneOf(
        s_labelled,
        new KeywordSwitch<Statement>(
            [
                ("BEGIN", false, s_block),
                ("DECLARE", false, s_declare),
                ("IF", false, s_if),
                ("CASE", false, s_case),
                ("WHILE", false, s_while),
                ("REPEAT", false, s_repeat),
                ("LOOP", false, s_loop),
                ("LEAVE", false, Kw("LEAVE").Then(Ident).Select(l => (Statement)new LeaveStatement(l))),
                ("ITERATE", false, Kw("ITERATE").Then(Ident).Select(l => (Statement)new IterateStatement(l))),
                ("RETURN", false, Kw("RETURN").Then(s_expr).Select(e => (Statement)new ReturnStatement(e))),
                ("OPEN", false, Kw("OPEN").Then(Ident).Select(c => (Statement)new OpenCursorStatement(c))),
                ("CLOSE", false, Kw("CLOSE").Then(Ident).Select(c => (Statement)new CloseCursorStatement(c))),
                ("FETCH", false, Kw("FETCH").Then(Kw("NEXT").Optional().Then(Kw("FROM")).Optional()).Then(Map(
                    (cursor, into) => (Statement)new FetchCursorStatement(cursor, into), Ident, Kw("INTO").Then(IdentList)))),
                ("SIGNAL", false, Kw("SIGNAL").Then(Map((c, items) => (Statement)new SignalStatement(false, c, items), ConditionValue, s_signalItems))),
                ("RESIGNAL", false, Kw("RESIGNAL").Then(Map((c, items) => (Statement)new SignalStatement(true, c.OrNull(), items), ConditionValue.Optional(), s_signalItems))),
                ("GET", false, s_getDiagnostics),
            ],
            StatementGrammar.Statement));
}
