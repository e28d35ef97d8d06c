using System.Collections.Immutable;
using MiniAurora.Core.Values;
using MiniAurora.Sql.Ast;
using MiniAurora.Sql.Ast.Statements;

namespace MiniAurora.Engine.Routines;

/// <summary>
/// One step of a compiled stored program (ARCHITECTURE.md B9 #6: a flat instruction list, like the SQLite VDBE).
/// Every instruction carries the local-variable scope visible at that point (name → slot), so the statements it
/// binds see exactly the locals MySQL would let them see.
/// </summary>
internal abstract class Instruction
{
    protected Instruction(ImmutableDictionary<string, int> scope)
    {
        Scope = scope;
    }

    /// <summary>Locals visible here: name (case-insensitive) → slot.</summary>
    public ImmutableDictionary<string, int> Scope { get; }
}

/// <summary>Runs an ordinary SQL statement (DML, SELECT, DDL, CALL …) with the locals bound.</summary>
internal sealed class ExecInstruction(Statement statement, string text, ImmutableDictionary<string, int> scope) : Instruction(scope)
{
    public Statement Statement { get; } = statement;

    public string Text { get; } = text;
}

/// <summary>Assigns a local (DECLARE … DEFAULT, SET local = …); a null value stores NULL. The value is coerced to the slot's type.</summary>
internal sealed class SetLocalInstruction(int slot, Expression? value, ImmutableDictionary<string, int> scope) : Instruction(scope)
{
    public int Slot { get; } = slot;

    public Expression? Value { get; } = value;
}

/// <summary>SET @user = … inside a program: evaluated here so the value may use locals.</summary>
internal sealed class SetUserInstruction(string name, Expression value, ImmutableDictionary<string, int> scope) : Instruction(scope)
{
    public string Name { get; } = name;

    public Expression Value { get; } = value;
}

/// <summary>Unconditional jump (LEAVE, ITERATE, loop back edges, end of an IF branch).</summary>
internal sealed class JumpInstruction(ImmutableDictionary<string, int> scope) : Instruction(scope)
{
    public int Target { get; set; }
}

/// <summary>Jumps when <see cref="Condition"/> is not TRUE (FALSE or NULL), as IF/WHILE/REPEAT test.</summary>
internal sealed class JumpIfNotInstruction(Expression condition, ImmutableDictionary<string, int> scope) : Instruction(scope)
{
    public Expression Condition { get; } = condition;

    public int Target { get; set; }
}

/// <summary>RETURN in a stored function.</summary>
internal sealed class ReturnInstruction(Expression value, ImmutableDictionary<string, int> scope) : Instruction(scope)
{
    public Expression Value { get; } = value;
}

/// <summary>Raises a fixed error (CASE without a matching WHEN and no ELSE: 1339).</summary>
internal sealed class RaiseCaseNotFoundInstruction(ImmutableDictionary<string, int> scope) : Instruction(scope);

/// <summary>A compiled procedure: its parameters, slot types and instructions. Immutable; shared by all sessions.</summary>
internal sealed class CompiledRoutine
{
    public CompiledRoutine(string schema, string name, IReadOnlyList<Sql.Ast.Routines.RoutineParameter> parameters, IReadOnlyList<ColumnType> slotTypes, IReadOnlyList<Instruction> code)
    {
        Schema = schema;
        Name = name;
        Parameters = parameters;
        SlotTypes = slotTypes;
        Code = code;
    }

    public string Schema { get; }

    public string Name { get; }

    /// <summary>Parameters occupy slots 0..n-1.</summary>
    public IReadOnlyList<Sql.Ast.Routines.RoutineParameter> Parameters { get; }

    public IReadOnlyList<ColumnType> SlotTypes { get; }

    public IReadOnlyList<Instruction> Code { get; }

    /// <summary>Handlers, innermost (latest declared) last.</summary>
    public IReadOnlyList<HandlerEntry> Handlers { get; init; } = [];

    /// <summary>Number of cursors declared anywhere in the body.</summary>
    public int CursorCount { get; init; }

    /// <summary>For functions: the RETURNS type. Null for procedures and triggers.</summary>
    public ColumnType? Returns { get; init; }
}
