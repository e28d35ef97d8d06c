using System.Collections.Immutable;
using MiniAurora.Core.Errors;
using MiniAurora.Core.Values;
using MiniAurora.Engine.Binding;
using MiniAurora.Engine.Catalog;
using MiniAurora.Sql.Ast;
using MiniAurora.Sql.Ast.Compound;
using MiniAurora.Sql.Ast.Expressions;
using MiniAurora.Sql.Ast.Routines;
using MiniAurora.Sql.Ast.Statements;
using MiniAurora.Storage.Catalog;

namespace MiniAurora.Engine.Routines;

/// <summary>
/// Flattens a procedure body (BEGIN … END with IF/WHILE/REPEAT/LOOP/LEAVE/ITERATE) into an <see cref="Instruction"/>
/// list with resolved jump targets. Label and declaration errors surface here, so CREATE PROCEDURE reports them.
/// </summary>
internal sealed class ProcedureCompiler
{
    private readonly List<Instruction> _code = [];
    private readonly List<ColumnType> _slots = [];
    private readonly List<LabelEntry> _labels = [];
    private readonly string _sourceText;
    private readonly TableBuilder _types = new(new Binder(null, null, null, ""), Collation.Utf8mb4_0900_ai_ci);
    private ImmutableDictionary<string, int> _scope = ImmutableDictionary.Create<string, int>(StringComparer.OrdinalIgnoreCase);

    private readonly List<HandlerEntry> _handlers = [];
    private ImmutableDictionary<string, ConditionValue> _conditions = ImmutableDictionary.Create<string, ConditionValue>(StringComparer.OrdinalIgnoreCase);
    private ImmutableDictionary<string, int> _cursors = ImmutableDictionary.Create<string, int>(StringComparer.OrdinalIgnoreCase);
    private int _cursorCount;
    private bool _isFunction;
    private TriggerTiming? _triggerTiming;
    private TriggerEvent _triggerEvent;

    private ProcedureCompiler(string sourceText)
    {
        _sourceText = sourceText;
    }

    /// <summary>
    /// Compiles a stored function. Its body runs synchronously inside expression evaluation (ARCHITECTURE.md B5),
    /// so it may use locals, SET, flow control and RETURN, but not SQL statements (rejected here).
    /// </summary>
    public static CompiledRoutine CompileFunction(string schema, CreateFunctionStatement create, string sourceText)
    {
        var c = new ProcedureCompiler(sourceText) { _isFunction = true };
        foreach (var p in create.Parameters)
        {
            if (c._scope.ContainsKey(p.Name))
            {
                throw MySqlErrors.SpDupParam(p.Name);
            }
            c._scope = c._scope.SetItem(p.Name, c._slots.Count);
            c._slots.Add(c._types.MapType(p.Type));
        }
        c.CompileStatement(create.Body);
        return new CompiledRoutine(schema, create.Name.Name, create.Parameters.ToList(), c._slots, c._code) { Returns = c._types.MapType(create.Returns) };
    }

    /// <summary>
    /// Compiles a trigger body against <paramref name="columns"/>: slots 0..n-1 hold NEW.col, n..2n-1 OLD.col, visible
    /// under the scope names <c>NEW.col</c> / <c>OLD.col</c> (which no plain identifier can collide with).
    /// </summary>
    public static CompiledRoutine CompileTrigger(string schema, CreateTriggerStatement create, string sourceText, IReadOnlyList<ColumnDef> columns)
    {
        var c = new ProcedureCompiler(sourceText) { _triggerTiming = create.Timing, _triggerEvent = create.Event };
        for (int i = 0; i < columns.Count; i++)
        {
            c._slots.Add(columns[i].Type);
            if (create.Event != TriggerEvent.Delete)
            {
                c._scope = c._scope.SetItem("NEW." + columns[i].Name, i);
            }
        }
        for (int i = 0; i < columns.Count; i++)
        {
            c._slots.Add(columns[i].Type);
            if (create.Event != TriggerEvent.Insert)
            {
                c._scope = c._scope.SetItem("OLD." + columns[i].Name, columns.Count + i);
            }
        }
        c.CompileStatement(create.Body);
        return new CompiledRoutine(schema, create.Name.Name, [], c._slots, c._code) { Handlers = c._handlers, CursorCount = c._cursorCount };
    }

    /// <summary>Compiles a parsed CREATE PROCEDURE; <paramref name="sourceText"/> is the CREATE text its spans index.</summary>
    public static CompiledRoutine Compile(string schema, CreateProcedureStatement create, string sourceText)
    {
        var c = new ProcedureCompiler(sourceText);
        foreach (var p in create.Parameters)
        {
            if (c._scope.ContainsKey(p.Name))
            {
                throw MySqlErrors.SpDupParam(p.Name);
            }
            c._scope = c._scope.SetItem(p.Name, c._slots.Count);
            c._slots.Add(c._types.MapType(p.Type));
        }
        c.CompileStatement(create.Body);
        return new CompiledRoutine(schema, create.Name.Name, create.Parameters.ToList(), c._slots, c._code) { Handlers = c._handlers, CursorCount = c._cursorCount };
    }

    private void CompileStatement(Statement statement)
    {
        switch (statement)
        {
            case BlockStatement block:
                {
                    var saved = _scope;
                    var savedConditions = _conditions;
                    var savedCursors = _cursors;
                    var blockHandlers = new List<HandlerEntry>();
                    var entry = PushLabel(block.Label, isLoop: false);
                    var declared = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
                    foreach (var s in block.Statements)
                    {
                        if (s is DeclareVariableStatement dv)
                        {
                            foreach (var name in dv.Names)
                            {
                                if (!declared.Add(name))
                                {
                                    throw MySqlErrors.SpDupVar(name);
                                }
                            }
                            Declare(dv);
                        }
                        else if (s is DeclareHandlerStatement dh)
                        {
                            blockHandlers.Add(DeclareHandler(dh));
                        }
                        else
                        {
                            CompileStatement(s);
                        }
                    }
                    PopLabel(entry);
                    foreach (var h in blockHandlers)
                    {
                        h.RangeEnd = _code.Count;
                        h.ExitTarget = _code.Count;
                    }
                    _scope = saved;
                    _conditions = savedConditions;
                    _cursors = savedCursors;
                    break;
                }
            case IfStatement ifs:
                {
                    var ends = new List<JumpInstruction>();
                    foreach (var branch in ifs.Branches)
                    {
                        var test = Emit(new JumpIfNotInstruction(branch.Condition, _scope));
                        CompileList(branch.Statements);
                        ends.Add(Emit(new JumpInstruction(_scope)));
                        test.Target = _code.Count;
                    }
                    if (ifs.Else is not null)
                    {
                        CompileList(ifs.Else.Value);
                    }
                    ends.ForEach(j => j.Target = _code.Count);
                    break;
                }
            case CaseStatement cs:
                {
                    var ends = new List<JumpInstruction>();
                    foreach (var when in cs.Whens)
                    {
                        var cond = cs.Operand is null ? when.Condition : new BinaryExpression(BinaryOperator.Equal, cs.Operand, when.Condition);
                        var test = Emit(new JumpIfNotInstruction(cond, _scope));
                        CompileList(when.Statements);
                        ends.Add(Emit(new JumpInstruction(_scope)));
                        test.Target = _code.Count;
                    }
                    if (cs.Else is not null)
                    {
                        CompileList(cs.Else.Value);
                    }
                    else
                    {
                        Emit(new RaiseCaseNotFoundInstruction(_scope));
                    }
                    ends.ForEach(j => j.Target = _code.Count);
                    break;
                }
            case WhileStatement ws:
                {
                    var entry = PushLabel(ws.Label, isLoop: true);
                    var test = Emit(new JumpIfNotInstruction(ws.Condition, _scope));
                    CompileList(ws.Body);
                    Emit(new JumpInstruction(_scope)).Target = entry.Start;
                    test.Target = _code.Count;
                    PopLabel(entry);
                    break;
                }
            case RepeatStatement rs:
                {
                    var entry = PushLabel(rs.Label, isLoop: true);
                    CompileList(rs.Body);
                    Emit(new JumpIfNotInstruction(rs.Until, _scope)).Target = entry.Start;
                    PopLabel(entry);
                    break;
                }
            case LoopStatement ls:
                {
                    var entry = PushLabel(ls.Label, isLoop: true);
                    CompileList(ls.Body);
                    Emit(new JumpInstruction(_scope)).Target = entry.Start;
                    PopLabel(entry);
                    break;
                }
            case LeaveStatement leave:
                {
                    var entry = FindLabel(leave.Label, loopOnly: false) ?? throw MySqlErrors.SpLilabelMismatch("LEAVE", leave.Label);
                    entry.Leaves.Add(Emit(new JumpInstruction(_scope)));
                    break;
                }
            case IterateStatement iterate:
                {
                    var entry = FindLabel(iterate.Label, loopOnly: true) ?? throw MySqlErrors.SpLilabelMismatch("ITERATE", iterate.Label);
                    Emit(new JumpInstruction(_scope)).Target = entry.Start;
                    break;
                }
            case DeclareVariableStatement dv:
                Declare(dv);
                break;
            case SetStatement set:
                CompileSet(set);
                break;
            case ReturnStatement ret when _isFunction:
                Emit(new ReturnInstruction(ret.Value, _scope));
                break;
            case ReturnStatement:
                throw MySqlErrors.SpBadreturn();
            case SelectStatement { Query: not Sql.Ast.Query.SelectQuery { Into.Count: > 0 } } when _isFunction:
                throw MySqlErrors.SpNoRetset("function");
            case not (SetStatement or DeclareVariableStatement) when _isFunction:
                throw MySqlErrors.NotSupportedYet("SQL statements inside stored functions");
            case CreateProcedureStatement:
                throw MySqlErrors.SpNoRecursiveCreate("PROCEDURE");
            case CreateFunctionStatement:
                throw MySqlErrors.SpNoRecursiveCreate("FUNCTION");
            case DeclareConditionStatement dc:
                _conditions = _conditions.SetItem(dc.Name, dc.Value);
                break;
            case DeclareCursorStatement dcur:
                _cursors = _cursors.SetItem(dcur.Name, _cursorCount);
                _cursorQueries.Add((dcur.Query, _scope));
                _cursorCount++;
                break;
            case OpenCursorStatement open:
                {
                    int cursor = Cursor(open.Name);
                    Emit(new OpenCursorInstruction(cursor, _cursorQueries[cursor].Query, _cursorQueries[cursor].Scope));
                    break;
                }
            case FetchCursorStatement fetch:
                Emit(new FetchCursorInstruction(Cursor(fetch.Name), fetch.Into.Select(n => _scope.TryGetValue(n, out int s) ? s : throw MySqlErrors.SpUndeclaredVar(n)).ToArray(), _scope));
                break;
            case CloseCursorStatement close:
                Emit(new CloseCursorInstruction(Cursor(close.Name), _scope));
                break;
            case SignalStatement signal:
                Emit(new SignalInstruction(signal.Resignal, signal.Condition is null ? null : Resolve(signal.Condition), signal.Items.ToList(), _scope));
                break;
            case DeclareHandlerStatement:
                throw MySqlErrors.NotSupportedYet("DECLARE HANDLER outside a BEGIN ... END block");
            case GetDiagnosticsStatement:
                throw MySqlErrors.NotSupportedYet(statement.GetType().Name.Replace("Statement", "", StringComparison.Ordinal) + " in stored procedures");
            case SelectStatement { Query: not Sql.Ast.Query.SelectQuery { Into.Count: > 0 } } when _triggerTiming is not null:
                throw MySqlErrors.SpNoRetset("trigger");
            default:
                Emit(new ExecInstruction(statement, TextOf(statement), _scope));
                break;
        }
    }

    private readonly List<(Sql.Ast.Query.QueryExpression Query, ImmutableDictionary<string, int> Scope)> _cursorQueries = [];

    private int Cursor(string name) => _cursors.TryGetValue(name, out int c) ? c : throw MySqlErrors.SpCursorMismatch(name);

    private ConditionValue Resolve(ConditionValue c) =>
        c.Kind == ConditionKind.Named ? (_conditions.TryGetValue(c.Name ?? "", out var v) ? v : throw MySqlErrors.SpCondMismatch(c.Name)) : c;

    private HandlerEntry DeclareHandler(DeclareHandlerStatement dh)
    {
        if (dh.Action == HandlerAction.Undo)
        {
            throw MySqlErrors.NotSupportedYet("UNDO handlers");
        }
        var handler = new HandlerEntry(dh.Action, dh.Conditions.Select(Resolve).ToList());
        var over = Emit(new JumpInstruction(_scope));
        handler.BodyStart = _code.Count;
        CompileStatement(dh.Body);
        Emit(new HandlerEndInstruction(handler, _scope));
        over.Target = _code.Count;
        handler.RangeStart = _code.Count;
        _handlers.Add(handler);
        return handler;
    }

    private void CompileList(SqlList<Statement> statements)
    {
        foreach (var s in statements)
        {
            CompileStatement(s);
        }
    }

    private void Declare(DeclareVariableStatement dv)
    {
        var type = _types.MapType(dv.Type);
        var defaultScope = _scope;
        foreach (var name in dv.Names)
        {
            int slot = _slots.Count;
            _slots.Add(type);
            _scope = _scope.SetItem(name, slot);
            Emit(new SetLocalInstruction(slot, dv.Default, defaultScope));
        }
    }

    private void CompileSet(SetStatement set)
    {
        foreach (var assignment in set.Assignments)
        {
            var a = assignment;
            if (a.Target is SystemVariable { Scope: VariableScope.Default } dotted && dotted.Name.IndexOf('.', StringComparison.Ordinal) is int dot and > 0)
            {
                // SET new.col = … parses as a dotted system-variable name; a trigger's NEW/OLD row is meant.
                var rowName = dotted.Name[..dot];
                if (rowName.Equals("NEW", StringComparison.OrdinalIgnoreCase) || rowName.Equals("OLD", StringComparison.OrdinalIgnoreCase))
                {
                    a = a with { Target = new ColumnRef(null, rowName, dotted.Name[(dot + 1)..]) };
                }
            }
            string? localName = a.Target switch
            {
                ColumnRef { Table: null } c => c.Column,
                SystemVariable { Scope: VariableScope.Default } sv => sv.Name,
                _ => null,
            };
            if (_triggerTiming is not null && a.Target is ColumnRef { Schema: null, Table: { } row } rc
                && (row.Equals("NEW", StringComparison.OrdinalIgnoreCase) || row.Equals("OLD", StringComparison.OrdinalIgnoreCase)))
            {
                bool isNew = row.Equals("NEW", StringComparison.OrdinalIgnoreCase);
                if (!isNew)
                {
                    throw MySqlErrors.TrgCantChangeRow("OLD", _triggerTiming == TriggerTiming.After ? "after " : "");
                }
                if (_triggerEvent == TriggerEvent.Delete)
                {
                    throw MySqlErrors.TrgNoSuchRowInTrg("NEW", "on DELETE");
                }
                if (_triggerTiming == TriggerTiming.After)
                {
                    throw MySqlErrors.TrgCantChangeRow("NEW", "after ");
                }
                if (!_scope.TryGetValue("NEW." + rc.Column, out int rowSlot))
                {
                    throw MySqlErrors.BadFieldError(rc.Column, "NEW");
                }
                Emit(new SetLocalInstruction(rowSlot, a.Value, _scope));
            }
            else if (localName is not null && _scope.TryGetValue(localName, out int slot))
            {
                Emit(new SetLocalInstruction(slot, a.Value, _scope));
            }
            else if (a.Target is UserVariable uv)
            {
                Emit(new SetUserInstruction(uv.Name, a.Value, _scope));
            }
            else if (_isFunction)
            {
                throw MySqlErrors.NotSupportedYet("SET of system variables inside stored functions");
            }
            else
            {
                Emit(new ExecInstruction(new SetStatement(SqlList.Of(a)), TextOf(set), _scope));
            }
        }
    }

    private T Emit<T>(T instruction)
        where T : Instruction
    {
        _code.Add(instruction);
        return instruction;
    }

    private LabelEntry PushLabel(string? label, bool isLoop)
    {
        var entry = new LabelEntry(label, isLoop, _code.Count);
        _labels.Add(entry);
        return entry;
    }

    private void PopLabel(LabelEntry entry)
    {
        _labels.RemoveAt(_labels.Count - 1);
        entry.Leaves.ForEach(j => j.Target = _code.Count);
    }

    private LabelEntry? FindLabel(string label, bool loopOnly)
    {
        for (int i = _labels.Count - 1; i >= 0; i--)
        {
            var e = _labels[i];
            if (e.Label is not null && string.Equals(e.Label, label, StringComparison.OrdinalIgnoreCase))
            {
                return !loopOnly || e.IsLoop ? e : null;
            }
        }
        return null;
    }

    private string TextOf(Statement s) =>
        s.Span.Length > 0 && s.Span.End <= _sourceText.Length ? _sourceText.Substring(s.Span.Start, s.Span.Length) : "";

    private sealed class LabelEntry(string? label, bool isLoop, int start)
    {
        public string? Label { get; } = label;

        public bool IsLoop { get; } = isLoop;

        public int Start { get; } = start;

        public List<JumpInstruction> Leaves { get; } = [];
    }
}
