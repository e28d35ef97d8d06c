using MiniAurora.Core.Values;
using MiniAurora.Sql.Ast;
using MiniAurora.Sql.Ast.Routines;
using MiniAurora.Sql.Lexing;
using Pidgin;
using static MiniAurora.Sql.Parsing.TokenParsers;
using static Pidgin.Parser;

namespace MiniAurora.Sql.Parsing;

/// <summary>CREATE/ALTER PROCEDURE, FUNCTION and TRIGGER headers; bodies come from <see cref="CompoundGrammar"/>.</summary>
internal static class RoutineGrammar
{
    private static readonly Parser<Token, RoutineParameter> s_procedureParameter = Map(
        (mode, name, type) => new RoutineParameter(mode.HasValue ? mode.Value : ParameterMode.In, name, type),
        OneOf(Kw("IN").ThenReturn(ParameterMode.In), Kw("OUT").ThenReturn(ParameterMode.Out), Kw("INOUT").ThenReturn(ParameterMode.InOut)).Optional(),
        Ident,
        TypeGrammar.DataType);

    private static readonly Parser<Token, RoutineParameter> s_functionParameter =
        Map((name, type) => new RoutineParameter(ParameterMode.In, name, type), Ident, TypeGrammar.DataType);

    private static readonly Parser<Token, Func<RoutineCharacteristics, RoutineCharacteristics>> s_characteristic = OneOf(
        Kw("COMMENT").Then(StringLit).Select<Func<RoutineCharacteristics, RoutineCharacteristics>>(s => c => c with { Comment = s }),
        Kw("LANGUAGE").Then(Kw("SQL")).Select<Func<RoutineCharacteristics, RoutineCharacteristics>>(_ => c => c with { LanguageSql = true }),
        Kw("NOT").Then(Kw("DETERMINISTIC")).Select<Func<RoutineCharacteristics, RoutineCharacteristics>>(_ => c => c with { Deterministic = false }),
        Kw("DETERMINISTIC").Select<Func<RoutineCharacteristics, RoutineCharacteristics>>(_ => c => c with { Deterministic = true }),
        Kw("CONTAINS").Then(Kw("SQL")).Select<Func<RoutineCharacteristics, RoutineCharacteristics>>(_ => c => c with { DataAccess = SqlDataAccess.ContainsSql }),
        Kw("NO").Then(Kw("SQL")).Select<Func<RoutineCharacteristics, RoutineCharacteristics>>(_ => c => c with { DataAccess = SqlDataAccess.NoSql }),
        Kw("READS").Then(Kw("SQL")).Then(Kw("DATA")).Select<Func<RoutineCharacteristics, RoutineCharacteristics>>(_ => c => c with { DataAccess = SqlDataAccess.ReadsSqlData }),
        Kw("MODIFIES").Then(Kw("SQL")).Then(Kw("DATA")).Select<Func<RoutineCharacteristics, RoutineCharacteristics>>(_ => c => c with { DataAccess = SqlDataAccess.ModifiesSqlData }),
        Kw("SQL").Then(Kw("SECURITY")).Then(OneOf(Kw("DEFINER").ThenReturn(true), Kw("INVOKER").ThenReturn(false)))
            .Select<Func<RoutineCharacteristics, RoutineCharacteristics>>(d => c => c with { SecurityDefiner = d }));

    private static readonly Parser<Token, RoutineCharacteristics> s_characteristics = s_characteristic.Many().Select(list =>
    {
        var c = RoutineCharacteristics.None;
        foreach (var apply in list)
        {
            c = apply(c);
        }
        return c;
    });

    /// <summary>The routine body with its exact source text.</summary>
    private static readonly Parser<Token, (Statement Body, string Text)> s_body = CompoundGrammar.RoutineStatement.MapWithInput(
        (tokens, body) => (body, tokens.Length == 0 ? "" : tokens[0].Source[tokens[0].Start..tokens[^1].End]));

    public static readonly Parser<Token, Func<CreatePrefix, Statement>> CreateProcedure = Kw("PROCEDURE").Then(
        Map<Token, bool, ObjectName, SqlList<RoutineParameter>, RoutineCharacteristics, (Statement Body, string Text), Func<CreatePrefix, Statement>>(
            (ifNotExists, name, parameters, characteristics, body) => prefix => new CreateProcedureStatement(name, parameters, characteristics, body.Body, body.Text)
            {
                Definer = prefix.Definer,
                IfNotExists = ifNotExists,
            },
            IfNotExists,
            QualifiedName,
            s_procedureParameter.Separated(Comma).Between(LParen, RParen).Select(ToList),
            s_characteristics,
            s_body));

    public static readonly Parser<Token, Func<CreatePrefix, Statement>> CreateFunction = Kw("FUNCTION").Then(
        Map<Token, bool, ObjectName, SqlList<RoutineParameter>, DataType, RoutineCharacteristics, (Statement Body, string Text), Func<CreatePrefix, Statement>>(
            (ifNotExists, name, parameters, returns, characteristics, body) => prefix => new CreateFunctionStatement(name, parameters, returns, characteristics, body.Body, body.Text)
            {
                Definer = prefix.Definer,
                IfNotExists = ifNotExists,
            },
            IfNotExists,
            QualifiedName,
            s_functionParameter.Separated(Comma).Between(LParen, RParen).Select(ToList),
            Kw("RETURNS").Then(TypeGrammar.DataType),
            s_characteristics,
            s_body));

    public static readonly Parser<Token, Func<CreatePrefix, Statement>> CreateTrigger = Kw("TRIGGER").Then(
        Map<Token, bool, ObjectName, TriggerTiming, TriggerEvent, ObjectName, Maybe<TriggerOrder>, (Statement Body, string Text), Func<CreatePrefix, Statement>>(
            (ifNotExists, name, timing, evt, table, order, body) => prefix => new CreateTriggerStatement(name, timing, evt, table, order.OrNull(), body.Body, body.Text)
            {
                Definer = prefix.Definer,
                IfNotExists = ifNotExists,
            },
            IfNotExists,
            QualifiedName,
            OneOf(Kw("BEFORE").ThenReturn(TriggerTiming.Before), Kw("AFTER").ThenReturn(TriggerTiming.After)),
            OneOf(Kw("INSERT").ThenReturn(TriggerEvent.Insert), Kw("UPDATE").ThenReturn(TriggerEvent.Update), Kw("DELETE").ThenReturn(TriggerEvent.Delete)),
            Kw("ON").Then(QualifiedName).Before(Kw("FOR")).Before(Kw("EACH")).Before(Kw("ROW")),
            Map((follows, other) => new TriggerOrder(follows, other), OneOf(Kw("FOLLOWS").ThenReturn(true), Kw("PRECEDES").ThenReturn(false)), Ident).Optional(),
            s_body));

    public static readonly Parser<Token, Statement> AlterRoutine = Map(
        (isFunction, name, characteristics) => (Statement)new AlterRoutineStatement(isFunction, name, characteristics),
        OneOf(Kw("PROCEDURE").ThenReturn(false), Kw("FUNCTION").ThenReturn(true)),
        QualifiedName,
        s_characteristics);
}
