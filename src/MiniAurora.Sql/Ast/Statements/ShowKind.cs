using MiniAurora.Sql.Ast.Ddl;
using MiniAurora.Sql.Ast.Expressions;
using MiniAurora.Sql.Ast.Query;

namespace MiniAurora.Sql.Ast.Statements;

/// <summary>The SHOW variants, one generic node (see <see cref="ShowStatement"/>).</summary>
public enum ShowKind
{
    Databases,
    Tables,
    Columns,
    Index,
    CreateTable,
    CreateDatabase,
    CreateView,
    CreateProcedure,
    CreateFunction,
    CreateTrigger,
    CreateUser,
    Variables,
    Status,
    Warnings,
    Errors,
    Processlist,
    Engines,
    Charset,
    Collation,
    TableStatus,
    Grants,
    Privileges,
    ProcedureStatus,
    FunctionStatus,
    Triggers,
    Plugins,
    MasterStatus,
    BinaryLogs,
    OpenTables,
    EngineStatus,
    Events,
    ReplicaStatus,
    Profiles,
}
