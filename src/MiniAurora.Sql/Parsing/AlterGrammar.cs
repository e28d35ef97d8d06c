using MiniAurora.Core.Values;
using MiniAurora.Sql.Ast;
using MiniAurora.Sql.Ast.Ddl;
using MiniAurora.Sql.Ast.Statements;
using MiniAurora.Sql.Lexing;
using Pidgin;
using static MiniAurora.Sql.Parsing.TokenParsers;
using static Pidgin.Parser;

namespace MiniAurora.Sql.Parsing;

/// <summary>ALTER TABLE / VIEW / DATABASE / PROCEDURE / FUNCTION.</summary>
internal static class AlterGrammar
{
    private static readonly Parser<Token, ColumnPosition?> s_position = OneOf(
        Kw("FIRST").ThenReturn<ColumnPosition?>(new ColumnPosition(true, null)),
        Kw("AFTER").Then(Ident).Select<ColumnPosition?>(c => new ColumnPosition(false, c))).Or(Parser<Token>.Return<ColumnPosition?>(null));

    private static readonly Parser<Token, AlterTableAction> s_addColumns = OneOf(
        ColumnGrammar.Column.SeparatedAtLeastOnce(Comma).Between(LParen, RParen).Select(cols => (AlterTableAction)new AddColumnAction(ToList(cols), null)),
        Map((c, pos) => (AlterTableAction)new AddColumnAction(SqlList.Of(c), pos), ColumnGrammar.Column, s_position));

    private static readonly Parser<Token, AlterTableAction> s_add = Kw("ADD").Then(OneOf(
        Kw("COLUMN").Then(s_addColumns),
        ColumnGrammar.Constraint.Select(c => (AlterTableAction)new AddConstraintAction(c)),
        s_addColumns));

    private static readonly Parser<Token, AlterTableAction> s_drop = Kw("DROP").Then(OneOf(
        Kws("INDEX", "KEY").Then(Ident).Select(n => (AlterTableAction)new DropConstraintAction(DropConstraintKind.Index, n)),
        Kw("PRIMARY").Then(Kw("KEY")).ThenReturn((AlterTableAction)new DropConstraintAction(DropConstraintKind.PrimaryKey, null)),
        Kw("FOREIGN").Then(Kw("KEY")).Then(Ident).Select(n => (AlterTableAction)new DropConstraintAction(DropConstraintKind.ForeignKey, n)),
        Kw("CHECK").Then(Ident).Select(n => (AlterTableAction)new DropConstraintAction(DropConstraintKind.Check, n)),
        Kw("CONSTRAINT").Then(Ident).Select(n => (AlterTableAction)new DropConstraintAction(DropConstraintKind.Constraint, n)),
        Kw("COLUMN").Optional().Then(Ident).Select(n => (AlterTableAction)new DropColumnAction(n))));

    private static readonly Parser<Token, AlterTableAction> s_rename = Kw("RENAME").Then(OneOf(
        Kw("COLUMN").Then(Map((a, b) => (AlterTableAction)new RenameColumnAction(a, b), Ident, Kw("TO").Then(Ident))),
        Kws("INDEX", "KEY").Then(Map((a, b) => (AlterTableAction)new RenameIndexAction(a, b), Ident, Kw("TO").Then(Ident))),
        Kws("TO", "AS").Optional().Then(QualifiedName).Select(n => (AlterTableAction)new RenameTableAction(n))));

    private static readonly Parser<Token, AlterTableAction> s_alterColumn = Kw("ALTER").Then(OneOf(
        Kw("INDEX").Then(Ident).Before(Kws("VISIBLE", "INVISIBLE")).Select(n => (AlterTableAction)new AlterOptionAction("ALTER INDEX", n)),
        Kw("COLUMN").Optional().Then(Map(
            (column, value) => (AlterTableAction)new AlterColumnDefaultAction(column, value),
            Ident,
            OneOf(
                Kw("SET").Then(OneOf(
                    Kw("DEFAULT").Then(ColumnGrammar.DefaultValue).Select(d => (Ast.Expression?)d.Value),
                    Kws("VISIBLE", "INVISIBLE").ThenReturn<Ast.Expression?>(null))),
                Kw("DROP").Then(Kw("DEFAULT")).ThenReturn<Ast.Expression?>(null))))));

    private static readonly Parser<Token, AlterTableAction> s_action = OneOf(
        s_add,
        s_drop,
        Kw("MODIFY").Then(Kw("COLUMN").Optional()).Then(Map((c, pos) => (AlterTableAction)new ModifyColumnAction(c, pos), ColumnGrammar.Column, s_position)),
        Kw("CHANGE").Then(Kw("COLUMN").Optional()).Then(Map((old, c, pos) => (AlterTableAction)new ChangeColumnAction(old, c, pos), Ident, ColumnGrammar.Column, s_position)),
        s_rename,
        s_alterColumn,
        Kw("DISABLE").Then(Kw("KEYS")).ThenReturn((AlterTableAction)new KeysAction(false)),
        Kw("ENABLE").Then(Kw("KEYS")).ThenReturn((AlterTableAction)new KeysAction(true)),
        Kw("CONVERT").Then(Kw("TO")).Then(OneOf(Kw("CHARACTER").Then(Kw("SET")), Kw("CHARSET"))).Then(Map(
            (cs, collation) => (AlterTableAction)new ConvertCharsetAction(cs.ToLowerInvariant(), collation.OrNull()?.ToLowerInvariant()),
            AnyName, Kw("COLLATE").Then(AnyName).Optional())),
        Kws("ALGORITHM", "LOCK").Then(OptEqual, (k, _) => k).Then(AnyName, (k, v) => (AlterTableAction)new AlterOptionAction(k, v.ToUpperInvariant())),
        Kw("FORCE").ThenReturn((AlterTableAction)new AlterOptionAction("FORCE", null)),
        ColumnGrammar.Option.AtLeastOnce().Select(options => (AlterTableAction)new TableOptionsAction(ToList(options))));

    private static readonly Parser<Token, Statement> s_alterTable = Kw("TABLE").Then(Map(
        (name, actions) => (Statement)new AlterTableStatement(name, actions),
        QualifiedName,
        s_action.Separated(Comma).Select(ToList)));

    private static readonly Parser<Token, Statement> s_alterDatabase = Kws("DATABASE", "SCHEMA").Then(Map(
        (name, options) => (Statement)new AlterDatabaseStatement(name.OrNull(), options.FirstOrDefault(o => o.Name == "CHARSET")?.Value, options.FirstOrDefault(o => o.Name == "COLLATE")?.Value),
        Ident.Optional(),
        ColumnGrammar.Option.AtLeastOnce()));

    public static readonly Parser<Token, Statement> Alter = Kw("ALTER").Then(new KeywordSwitch<Statement>(
        [
            ("TABLE", false, s_alterTable),
            ("DATABASE", false, s_alterDatabase),
            ("SCHEMA", false, s_alterDatabase),
            ("PROCEDURE", false, RoutineGrammar.AlterRoutine),
            ("FUNCTION", false, RoutineGrammar.AlterRoutine),
            ("USER", false, AccountGrammar.AlterUser),
        ],
        Map((prefix, build) => build(prefix with { IsAlter = true }), DdlGrammar.Prefix, DdlGrammar.ViewBody)));
}
