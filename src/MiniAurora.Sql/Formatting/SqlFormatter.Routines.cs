using MiniAurora.Core.Values;
using MiniAurora.Sql.Ast;
using MiniAurora.Sql.Ast.Compound;
using MiniAurora.Sql.Ast.Routines;

namespace MiniAurora.Sql.Formatting;

/// <summary>Stored routines, triggers and compound-statement bodies.</summary>
public sealed partial class SqlFormatter
{
    private bool RoutineStatement(Statement statement)
    {
        switch (statement)
        {
            case CreateProcedureStatement p:
                W("CREATE ");
                Definer(p.Definer);
                W("PROCEDURE ").W(p.IfNotExists ? "IF NOT EXISTS " : "").Name(p.Name).W("(");
                List(p.Parameters, RoutineParam);
                W(")");
                Characteristics(p.Characteristics);
                W(" ");
                Statement(p.Body);
                return true;
            case CreateFunctionStatement f:
                W("CREATE ");
                Definer(f.Definer);
                W("FUNCTION ").W(f.IfNotExists ? "IF NOT EXISTS " : "").Name(f.Name).W("(");
                List(f.Parameters, p => Id(p.Name).W(" ").Type(p.Type));
                W(") RETURNS ");
                Type(f.Returns);
                Characteristics(f.Characteristics);
                W(" ");
                Statement(f.Body);
                return true;
            case CreateTriggerStatement t:
                W("CREATE ");
                Definer(t.Definer);
                W("TRIGGER ").W(t.IfNotExists ? "IF NOT EXISTS " : "").Name(t.Name).W(" ")
                    .W(t.Timing.ToString().ToUpperInvariant()).W(" ").W(t.Event.ToString().ToUpperInvariant())
                    .W(" ON ").Name(t.Table).W(" FOR EACH ROW ");
                if (t.Order is not null)
                {
                    W(t.Order.Follows ? "FOLLOWS " : "PRECEDES ").Id(t.Order.OtherTrigger).W(" ");
                }
                Statement(t.Body);
                return true;
            case DropRoutineStatement d:
                W(d.IsFunction ? "DROP FUNCTION " : "DROP PROCEDURE ").W(d.IfExists ? "IF EXISTS " : "").Name(d.Name);
                return true;
            case DropTriggerStatement d:
                W("DROP TRIGGER ").W(d.IfExists ? "IF EXISTS " : "").Name(d.Name);
                return true;
            case AlterRoutineStatement a:
                W(a.IsFunction ? "ALTER FUNCTION " : "ALTER PROCEDURE ").Name(a.Name);
                Characteristics(a.Characteristics);
                return true;
            default:
                return CompoundStatement(statement);
        }
    }

    private void Definer(Definer? definer)
    {
        if (definer is not null)
        {
            W("DEFINER=");
            User(definer);
            W(" ");
        }
    }

    private void RoutineParam(RoutineParameter p)
    {
        W(p.Mode switch { ParameterMode.Out => "OUT ", ParameterMode.InOut => "INOUT ", _ => "IN " }).Id(p.Name).W(" ");
        Type(p.Type);
    }

    private void Characteristics(RoutineCharacteristics c)
    {
        if (c.LanguageSql)
        {
            W(" LANGUAGE SQL");
        }
        if (c.Deterministic is { } d)
        {
            W(d ? " DETERMINISTIC" : " NOT DETERMINISTIC");
        }
        W(c.DataAccess switch
        {
            SqlDataAccess.ContainsSql => " CONTAINS SQL",
            SqlDataAccess.NoSql => " NO SQL",
            SqlDataAccess.ReadsSqlData => " READS SQL DATA",
            SqlDataAccess.ModifiesSqlData => " MODIFIES SQL DATA",
            _ => "",
        });
        if (c.SecurityDefiner is { } s)
        {
            W(s ? " SQL SECURITY DEFINER" : " SQL SECURITY INVOKER");
        }
        if (c.Comment is not null)
        {
            W(" COMMENT ").Str(c.Comment);
        }
    }

    private void Body(SqlList<Statement> statements)
    {
        foreach (var s in statements)
        {
            W(" ");
            Statement(s);
            W(";");
        }
    }

    private void Label(string? label)
    {
        if (label is not null)
        {
            Id(label).W(": ");
        }
    }

    private void EndLabel(string? label)
    {
        if (label is not null)
        {
            W(" ").Id(label);
        }
    }

    private void Condition(ConditionValue c)
    {
        switch (c.Kind)
        {
            case ConditionKind.SqlState: W("SQLSTATE ").Str(c.SqlState!); break;
            case ConditionKind.ErrorCode: W(Number(c.ErrorCode)); break;
            case ConditionKind.SqlWarning: W("SQLWARNING"); break;
            case ConditionKind.NotFound: W("NOT FOUND"); break;
            case ConditionKind.SqlException: W("SQLEXCEPTION"); break;
            default: Id(c.Name!); break;
        }
    }

    private bool CompoundStatement(Statement statement)
    {
        switch (statement)
        {
            case BlockStatement b:
                Label(b.Label);
                W("BEGIN");
                Body(b.Statements);
                W(" END");
                EndLabel(b.Label);
                return true;
            case DeclareVariableStatement d:
                W("DECLARE ");
                Ids(d.Names);
                W(" ");
                Type(d.Type);
                if (d.Default is not null)
                {
                    W(" DEFAULT ");
                    Expr(d.Default);
                }
                return true;
            case DeclareConditionStatement d:
                W("DECLARE ").Id(d.Name).W(" CONDITION FOR ");
                Condition(d.Value);
                return true;
            case DeclareCursorStatement d:
                W("DECLARE ").Id(d.Name).W(" CURSOR FOR ");
                Query(d.Query);
                return true;
            case DeclareHandlerStatement h:
                W("DECLARE ").W(h.Action.ToString().ToUpperInvariant()).W(" HANDLER FOR ");
                List(h.Conditions, Condition);
                W(" ");
                Statement(h.Body);
                return true;
            case IfStatement i:
                for (var n = 0; n < i.Branches.Count; n++)
                {
                    W(n == 0 ? "IF " : " ELSEIF ");
                    Expr(i.Branches[n].Condition);
                    W(" THEN");
                    Body(i.Branches[n].Statements);
                }
                if (i.Else is { } otherwise)
                {
                    W(" ELSE");
                    Body(otherwise);
                }
                W(" END IF");
                return true;
            case CaseStatement c:
                W("CASE");
                if (c.Operand is not null)
                {
                    W(" ");
                    Expr(c.Operand);
                }
                foreach (var when in c.Whens)
                {
                    W(" WHEN ");
                    Expr(when.Condition);
                    W(" THEN");
                    Body(when.Statements);
                }
                if (c.Else is { } elseBody)
                {
                    W(" ELSE");
                    Body(elseBody);
                }
                W(" END CASE");
                return true;
            case WhileStatement w:
                Label(w.Label);
                W("WHILE ");
                Expr(w.Condition);
                W(" DO");
                Body(w.Body);
                W(" END WHILE");
                EndLabel(w.Label);
                return true;
            case RepeatStatement r:
                Label(r.Label);
                W("REPEAT");
                Body(r.Body);
                W(" UNTIL ");
                Expr(r.Until);
                W(" END REPEAT");
                EndLabel(r.Label);
                return true;
            case LoopStatement l:
                Label(l.Label);
                W("LOOP");
                Body(l.Body);
                W(" END LOOP");
                EndLabel(l.Label);
                return true;
            case LeaveStatement l:
                W("LEAVE ").Id(l.Label);
                return true;
            case IterateStatement i:
                W("ITERATE ").Id(i.Label);
                return true;
            case ReturnStatement r:
                W("RETURN ");
                Expr(r.Value);
                return true;
            case OpenCursorStatement o:
                W("OPEN ").Id(o.Name);
                return true;
            case CloseCursorStatement c:
                W("CLOSE ").Id(c.Name);
                return true;
            case FetchCursorStatement f:
                W("FETCH ").Id(f.Name).W(" INTO ");
                Ids(f.Into);
                return true;
            case SignalStatement s:
                W(s.Resignal ? "RESIGNAL" : "SIGNAL");
                if (s.Condition is not null)
                {
                    W(" ");
                    Condition(s.Condition);
                }
                if (!s.Items.IsEmpty)
                {
                    W(" SET ");
                    List(s.Items, item =>
                    {
                        W(item.Name).W(" = ");
                        Expr(item.Value);
                    });
                }
                return true;
            case GetDiagnosticsStatement g:
                W(g.Stacked ? "GET STACKED DIAGNOSTICS " : "GET DIAGNOSTICS ");
                if (g.ConditionNumber is not null)
                {
                    W("CONDITION ");
                    Expr(g.ConditionNumber);
                    W(" ");
                }
                List(g.Items, item =>
                {
                    Expr(item.Target);
                    W(" = ").W(item.Name);
                });
                return true;
            default:
                return false;
        }
    }
}
