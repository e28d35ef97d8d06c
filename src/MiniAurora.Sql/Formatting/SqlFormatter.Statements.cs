using MiniAurora.Core.Values;
using MiniAurora.Sql.Ast;
using MiniAurora.Sql.Ast.Expressions;
using MiniAurora.Sql.Ast.Query;
using MiniAurora.Sql.Ast.Statements;

namespace MiniAurora.Sql.Formatting;

/// <summary>DML, session and administrative statements.</summary>
public sealed partial class SqlFormatter
{
    private void Statement(Statement statement)
    {
        switch (statement)
        {
            case SelectStatement s: Query(s.Query); break;
            case InsertStatement i: Insert(i); break;
            case UpdateStatement u: Update(u); break;
            case DeleteStatement d: Delete(d); break;
            case UseStatement u: W("USE ").Id(u.Database); break;
            case SetStatement s: Set(s); break;
            case SetNamesStatement n:
                W("SET NAMES ").W(n.Charset ?? "DEFAULT");
                if (n.Collation is not null)
                {
                    W(" COLLATE ").W(n.Collation);
                }
                break;
            case SetCharacterSetStatement c: W("SET CHARACTER SET ").W(c.Charset ?? "DEFAULT"); break;
            case SetTransactionStatement t: SetTransaction(t); break;
            case StartTransactionStatement t:
                W("START TRANSACTION");
                var characteristics = new List<string>();
                if (t.ConsistentSnapshot)
                {
                    characteristics.Add("WITH CONSISTENT SNAPSHOT");
                }
                if (t.ReadOnly is { } ro)
                {
                    characteristics.Add(ro ? "READ ONLY" : "READ WRITE");
                }
                if (characteristics.Count > 0)
                {
                    W(" ").W(string.Join(", ", characteristics));
                }
                break;
            case CommitStatement c: W("COMMIT").W(c.Chain ? " AND CHAIN" : "").W(c.Release ? " RELEASE" : ""); break;
            case RollbackStatement r when r.Savepoint is not null: W("ROLLBACK TO SAVEPOINT ").Id(r.Savepoint); break;
            case RollbackStatement r: W("ROLLBACK").W(r.Chain ? " AND CHAIN" : "").W(r.Release ? " RELEASE" : ""); break;
            case SavepointStatement s: W("SAVEPOINT ").Id(s.Name); break;
            case ReleaseSavepointStatement s: W("RELEASE SAVEPOINT ").Id(s.Name); break;
            case ShowStatement s: Show(s); break;
            case DescribeStatement d:
                W("DESCRIBE ").Name(d.Table);
                if (d.Column is not null)
                {
                    W(" ").Id(d.Column);
                }
                break;
            case ExplainStatement e:
                W("EXPLAIN ");
                if (e.Analyze)
                {
                    W("ANALYZE ");
                }
                if (e.Format is not null)
                {
                    W("FORMAT=").W(e.Format).W(" ");
                }
                Statement(e.Statement);
                break;
            case KillStatement k:
                W(k.QueryOnly ? "KILL QUERY " : "KILL ");
                Expr(k.ConnectionId);
                break;
            case DoStatement d:
                W("DO ");
                List(d.Expressions, v => Expr(v));
                break;
            case FlushStatement f: W("FLUSH ").W(string.Join(", ", f.Options)); break;
            case LockTablesStatement l:
                W("LOCK TABLES ");
                List(l.Tables, t =>
                {
                    Name(t.Table);
                    if (t.Alias is not null)
                    {
                        W(" AS ").Id(t.Alias);
                    }
                    W(t.Type switch
                    {
                        TableLockType.Read => " READ",
                        TableLockType.ReadLocal => " READ LOCAL",
                        TableLockType.Write => " WRITE",
                        _ => " LOW_PRIORITY WRITE",
                    });
                });
                break;
            case UnlockTablesStatement: W("UNLOCK TABLES"); break;
            case PrepareStatement p:
                W("PREPARE ").Id(p.Name).W(" FROM ");
                Expr(p.Source);
                break;
            case ExecuteStatement e:
                W("EXECUTE ").Id(e.Name);
                if (!e.UsingVariables.IsEmpty)
                {
                    W(" USING ");
                    List(e.UsingVariables, v => W("@").Id(v));
                }
                break;
            case DeallocatePrepareStatement d: W("DEALLOCATE PREPARE ").Id(d.Name); break;
            case CallStatement c:
                W("CALL ").Name(c.Name).W("(");
                List(c.Arguments, v => Expr(v));
                W(")");
                break;
            default:
                if (!DdlStatement(statement) && !RoutineStatement(statement) && !AccountStatement(statement))
                {
                    throw new NotSupportedException("Cannot format " + statement.GetType().Name);
                }
                break;
        }
    }

    private void Assignments(SqlList<Assignment> assignments) => List(assignments, a =>
    {
        Expr(a.Column);
        W(" = ");
        Expr(a.Value);
    });

    private void Insert(InsertStatement i)
    {
        W(i.Replace ? "REPLACE " : "INSERT ");
        if (i.Ignore)
        {
            W("IGNORE ");
        }
        W("INTO ").Name(i.Table);
        if (!i.Columns.IsEmpty)
        {
            W(" (");
            Ids(i.Columns);
            W(")");
        }
        switch (i.Source)
        {
            case ValuesSource v:
                W(" VALUES ");
                List(v.Rows, row =>
                {
                    W("(");
                    List(row, e => Expr(e));
                    W(")");
                });
                break;
            case QuerySource q:
                W(" ");
                Query(q.Query);
                break;
        }
        if (i.RowAlias is not null)
        {
            W(" AS ").Id(i.RowAlias);
            if (!i.RowColumnAliases.IsEmpty)
            {
                W(" (");
                Ids(i.RowColumnAliases);
                W(")");
            }
        }
        if (!i.OnDuplicateKeyUpdate.IsEmpty)
        {
            W(" ON DUPLICATE KEY UPDATE ");
            Assignments(i.OnDuplicateKeyUpdate);
        }
    }

    private void Tail(Expression? where, SqlList<OrderItem> orderBy, LimitClause? limit)
    {
        if (where is not null)
        {
            W(" WHERE ");
            Expr(where);
        }
        if (!orderBy.IsEmpty)
        {
            W(" ");
            OrderBy(orderBy);
        }
        if (limit is not null)
        {
            W(" ");
            Limit(limit);
        }
    }

    private void With(WithClause? with)
    {
        if (with is null)
        {
            return;
        }
        W(with.Recursive ? "WITH RECURSIVE " : "WITH ");
        List(with.Tables, cte =>
        {
            Id(cte.Name);
            if (!cte.Columns.IsEmpty)
            {
                W(" (");
                Ids(cte.Columns);
                W(")");
            }
            W(" AS (");
            Query(cte.Query);
            W(")");
        });
        W(" ");
    }

    private void Update(UpdateStatement u)
    {
        With(u.With);
        W(u.Ignore ? "UPDATE IGNORE " : "UPDATE ");
        List(u.Tables, Table);
        W(" SET ");
        Assignments(u.Assignments);
        Tail(u.Where, u.OrderBy, u.Limit);
    }

    private void Delete(DeleteStatement d)
    {
        With(d.With);
        W("DELETE ");
        if (d.Quick)
        {
            W("QUICK ");
        }
        if (d.Ignore)
        {
            W("IGNORE ");
        }
        if (d.Targets.IsEmpty)
        {
            W("FROM ");
            List(d.From, Table);
        }
        else
        {
            List(d.Targets, n => Name(n));
            W(" FROM ");
            List(d.From, Table);
        }
        Tail(d.Where, d.OrderBy, d.Limit);
    }

    private void Set(SetStatement s)
    {
        W("SET ");
        List(s.Assignments, a =>
        {
            switch (a.Target)
            {
                case SystemVariable { Scope: VariableScope.Default } v:
                    W(v.Name);
                    break;
                case SystemVariable v:
                    W(v.Scope switch
                    {
                        VariableScope.Global => "GLOBAL ",
                        VariableScope.Session => "SESSION ",
                        VariableScope.Local => "LOCAL ",
                        VariableScope.Persist => "PERSIST ",
                        _ => "PERSIST_ONLY ",
                    }).W(v.Name);
                    break;
                default:
                    Expr(a.Target);
                    break;
            }
            W(" = ");
            Expr(a.Value);
        });
    }

    private void SetTransaction(SetTransactionStatement t)
    {
        W("SET ").W(t.Scope switch { VariableScope.Global => "GLOBAL ", VariableScope.Session => "SESSION ", _ => "" }).W("TRANSACTION ");
        var parts = new List<string>();
        if (t.Isolation is { } level)
        {
            parts.Add("ISOLATION LEVEL " + level switch
            {
                IsolationLevel.ReadUncommitted => "READ UNCOMMITTED",
                IsolationLevel.ReadCommitted => "READ COMMITTED",
                IsolationLevel.RepeatableRead => "REPEATABLE READ",
                _ => "SERIALIZABLE",
            });
        }
        if (t.ReadOnly is { } ro)
        {
            parts.Add(ro ? "READ ONLY" : "READ WRITE");
        }
        W(string.Join(", ", parts));
    }

    private void Show(ShowStatement s)
    {
        W("SHOW ");
        if (s.Full)
        {
            W("FULL ");
        }
        if (s.Scope is VariableScope.Global)
        {
            W("GLOBAL ");
        }
        else if (s.Scope is VariableScope.Session or VariableScope.Local)
        {
            W("SESSION ");
        }
        switch (s.Kind)
        {
            case ShowKind.Columns or ShowKind.Index:
                W(s.Kind == ShowKind.Columns ? "COLUMNS FROM " : "INDEX FROM ").Name(s.Target!);
                break;
            case ShowKind.CreateTable or ShowKind.CreateView or ShowKind.CreateProcedure or ShowKind.CreateFunction or ShowKind.CreateTrigger:
                W("CREATE ").W(s.Kind.ToString()[6..].ToUpperInvariant()).W(" ").Name(s.Target!);
                break;
            case ShowKind.CreateDatabase:
                W("CREATE DATABASE ").W(s.IfNotExists ? "IF NOT EXISTS " : "").Name(s.Target!);
                break;
            case ShowKind.CreateUser:
                W("CREATE USER ");
                User(s.ForUser!);
                break;
            case ShowKind.Warnings or ShowKind.Errors when s.CountOnly:
                W("COUNT(*) ").W(s.Kind == ShowKind.Warnings ? "WARNINGS" : "ERRORS");
                break;
            case ShowKind.Grants:
                W("GRANTS");
                if (s.ForUser is not null)
                {
                    W(" FOR ");
                    User(s.ForUser);
                }
                break;
            case ShowKind.EngineStatus:
                W("ENGINE ").W(s.Name!).W(" STATUS");
                break;
            default:
                W(s.Kind switch
                {
                    ShowKind.TableStatus => "TABLE STATUS",
                    ShowKind.OpenTables => "OPEN TABLES",
                    ShowKind.Charset => "CHARACTER SET",
                    ShowKind.ProcedureStatus => "PROCEDURE STATUS",
                    ShowKind.FunctionStatus => "FUNCTION STATUS",
                    ShowKind.MasterStatus => "MASTER STATUS",
                    ShowKind.BinaryLogs => "BINARY LOGS",
                    ShowKind.ReplicaStatus => "REPLICA STATUS",
                    _ => s.Kind.ToString().ToUpperInvariant(),
                });
                break;
        }
        if (s.Database is not null)
        {
            W(" FROM ").Id(s.Database);
        }
        if (s.Filter is { Like: { } like })
        {
            W(" LIKE ").Str(like);
        }
        else if (s.Filter is { Where: { } where })
        {
            W(" WHERE ");
            Expr(where);
        }
        if (s.Limit is not null)
        {
            // SHOW WARNINGS/ERRORS only accept LIMIT [offset,] count.
            W(" LIMIT ");
            if (s.Limit.Offset is not null)
            {
                Expr(s.Limit.Offset);
                W(", ");
            }
            Expr(s.Limit.Count);
        }
    }

    private void User(Definer user)
    {
        if (user.IsCurrentUser)
        {
            W("CURRENT_USER");
            return;
        }
        Str(user.User).W("@").Str(user.Host);
    }
}
