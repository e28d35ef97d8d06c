using MiniAurora.Core.Values;
using MiniAurora.Sql.Ast;
using MiniAurora.Sql.Ast.Ddl;
using MiniAurora.Sql.Ast.Statements;

namespace MiniAurora.Sql.Formatting;

/// <summary>DDL statements, column definitions and data types.</summary>
public sealed partial class SqlFormatter
{
    private bool DdlStatement(Statement statement)
    {
        switch (statement)
        {
            case CreateDatabaseStatement c:
                W("CREATE DATABASE ").W(c.IfNotExists ? "IF NOT EXISTS " : "").Id(c.Name);
                CharsetCollation(c.Charset, c.Collation);
                return true;
            case AlterDatabaseStatement a:
                W("ALTER DATABASE");
                if (a.Name is not null)
                {
                    W(" ").Id(a.Name);
                }
                CharsetCollation(a.Charset, a.Collation);
                return true;
            case DropDatabaseStatement d:
                W("DROP DATABASE ").W(d.IfExists ? "IF EXISTS " : "").Id(d.Name);
                return true;
            case CreateTableStatement c:
                CreateTable(c);
                return true;
            case DropTableStatement d:
                W(d.Temporary ? "DROP TEMPORARY TABLE " : "DROP TABLE ").W(d.IfExists ? "IF EXISTS " : "");
                List(d.Tables, n => Name(n));
                return true;
            case CreateIndexStatement c:
                W("CREATE ").W(c.Index.Kind switch { IndexKind.Unique => "UNIQUE ", IndexKind.Fulltext => "FULLTEXT ", IndexKind.Spatial => "SPATIAL ", _ => "" });
                W("INDEX ").Id(c.Index.Name!);
                if (c.Index.IndexType is not null)
                {
                    W(" USING ").W(c.Index.IndexType);
                }
                W(" ON ").Name(c.Table).W(" ");
                IndexParts(c.Index.Parts);
                return true;
            case DropIndexStatement d:
                W("DROP INDEX ").Id(d.Name).W(" ON ").Name(d.Table);
                return true;
            case TableMaintenanceStatement m:
                W(m.Operation).W(" TABLE ");
                List(m.Tables, n => Name(n));
                return true;
            case TruncateTableStatement t:
                W("TRUNCATE TABLE ").Name(t.Table);
                return true;
            case RenameTableStatement r:
                W("RENAME TABLE ");
                List(r.Pairs, p => Name(p.From).W(" TO ").Name(p.To));
                return true;
            case AlterTableStatement a:
                W("ALTER TABLE ").Name(a.Table);
                if (!a.Actions.IsEmpty)
                {
                    W(" ");
                    List(a.Actions, AlterAction);
                }
                return true;
            case CreateViewStatement v:
                View(v);
                return true;
            case DropViewStatement d:
                W("DROP VIEW ").W(d.IfExists ? "IF EXISTS " : "");
                List(d.Views, n => Name(n));
                return true;
            default:
                return false;
        }
    }

    private void CharsetCollation(string? charset, string? collation)
    {
        if (charset is not null)
        {
            W(" CHARACTER SET ").W(charset);
        }
        if (collation is not null)
        {
            W(" COLLATE ").W(collation);
        }
    }

    private void CreateTable(CreateTableStatement c)
    {
        W(c.Temporary ? "CREATE TEMPORARY TABLE " : "CREATE TABLE ").W(c.IfNotExists ? "IF NOT EXISTS " : "").Name(c.Name);
        if (c.LikeTable is not null)
        {
            W(" LIKE ").Name(c.LikeTable);
            return;
        }
        if (!c.Elements.IsEmpty)
        {
            W(" (");
            List(c.Elements, Element);
            W(")");
        }
        foreach (var option in c.Options)
        {
            W(" ");
            TableOption(option);
        }
        if (c.PartitionClause is not null)
        {
            W(" ").W(c.PartitionClause);
        }
        if (c.AsQuery is not null)
        {
            W(" AS ");
            Query(c.AsQuery);
        }
    }

    private void TableOption(TableOption option)
    {
        W(option.Name switch { "CHARSET" => "DEFAULT CHARSET", _ => option.Name }).W("=");
        if (option.Quoted)
        {
            Str(option.Value);
        }
        else
        {
            W(option.Value);
        }
    }

    private void Element(TableElement element)
    {
        switch (element)
        {
            case ColumnDefinition c:
                Column(c);
                break;
            case IndexDefinition i:
                Index(i);
                break;
            case ForeignKeyDefinition f:
                Constraint(f.ConstraintName);
                W("FOREIGN KEY ");
                if (f.IndexName is not null)
                {
                    Id(f.IndexName).W(" ");
                }
                W("(");
                Ids(f.Columns);
                W(") ");
                Reference(f.Reference);
                break;
            case CheckConstraintDefinition k:
                Check(k);
                break;
        }
    }

    private void Constraint(string? name)
    {
        if (name is not null)
        {
            W("CONSTRAINT ").Id(name).W(" ");
        }
    }

    private void Check(CheckConstraintDefinition k)
    {
        Constraint(k.Name);
        W("CHECK (");
        Expr(k.Condition);
        W(")");
        if (!k.Enforced)
        {
            W(" NOT ENFORCED");
        }
    }

    private void Reference(ForeignKeyReference r)
    {
        W("REFERENCES ").Name(r.Table).W(" (");
        Ids(r.Columns);
        W(")");
        if (r.OnDelete != ReferentialAction.Unspecified)
        {
            W(" ON DELETE ").W(Action(r.OnDelete));
        }
        if (r.OnUpdate != ReferentialAction.Unspecified)
        {
            W(" ON UPDATE ").W(Action(r.OnUpdate));
        }
    }

    private static string Action(ReferentialAction action) => action switch
    {
        ReferentialAction.Restrict => "RESTRICT",
        ReferentialAction.Cascade => "CASCADE",
        ReferentialAction.SetNull => "SET NULL",
        ReferentialAction.SetDefault => "SET DEFAULT",
        _ => "NO ACTION",
    };

    private void Index(IndexDefinition i)
    {
        Constraint(i.ConstraintName);
        W(i.Kind switch
        {
            IndexKind.Primary => "PRIMARY KEY ",
            IndexKind.Unique => "UNIQUE KEY ",
            IndexKind.Fulltext => "FULLTEXT KEY ",
            IndexKind.Spatial => "SPATIAL KEY ",
            _ => "KEY ",
        });
        if (i.Name is not null)
        {
            Id(i.Name).W(" ");
        }
        if (i.IndexType is not null)
        {
            W("USING ").W(i.IndexType).W(" ");
        }
        IndexParts(i.Parts);
        if (i.Comment is not null)
        {
            W(" COMMENT ").Str(i.Comment);
        }
        if (i.Invisible)
        {
            W(" INVISIBLE");
        }
    }

    private void IndexParts(SqlList<IndexPart> parts)
    {
        W("(");
        List(parts, p =>
        {
            if (p.Expression is not null)
            {
                W("(");
                Expr(p.Expression);
                W(")");
            }
            else
            {
                Id(p.Column!);
                if (p.PrefixLength is { } len)
                {
                    W("(").W(Number(len)).W(")");
                }
            }
            if (p.Descending)
            {
                W(" DESC");
            }
        });
        W(")");
    }

    private void Column(ColumnDefinition c)
    {
        Id(c.Name).W(" ");
        Type(c.Type);
        if (c.GeneratedAs is not null)
        {
            W(" GENERATED ALWAYS AS (");
            Expr(c.GeneratedAs);
            W(c.GeneratedStored ? ") STORED" : ") VIRTUAL");
        }
        if (c.Nullable is { } nullable)
        {
            W(nullable ? " NULL" : " NOT NULL");
        }
        if (c.Default is not null)
        {
            W(" DEFAULT ");
            if (c.DefaultIsExpression)
            {
                W("(");
                Expr(c.Default);
                W(")");
            }
            else
            {
                Expr(c.Default);
            }
        }
        if (c.OnUpdate is not null)
        {
            W(" ON UPDATE ");
            Expr(c.OnUpdate);
        }
        if (c.AutoIncrement)
        {
            W(" AUTO_INCREMENT");
        }
        if (c.Unique)
        {
            W(" UNIQUE KEY");
        }
        if (c.PrimaryKey)
        {
            W(" PRIMARY KEY");
        }
        if (c.Comment is not null)
        {
            W(" COMMENT ").Str(c.Comment);
        }
        if (c.Invisible)
        {
            W(" INVISIBLE");
        }
        if (c.Check is not null)
        {
            W(" ");
            Check(c.Check);
        }
        if (c.References is not null)
        {
            W(" ");
            Reference(c.References);
        }
    }

    private SqlFormatter Type(DataType t)
    {
        if (t.IsCastTarget && t.Name is "signed" or "unsigned")
        {
            W(t.Name.ToUpperInvariant());
            return this;
        }
        W(t.Name);
        if (t.Kind is SqlTypeKind.Enum or SqlTypeKind.Set)
        {
            W("(");
            List(t.Members, m => Str(m));
            W(")");
        }
        else if (t.Kind is SqlTypeKind.Time or SqlTypeKind.DateTime or SqlTypeKind.Timestamp)
        {
            if (t.Scale is { } fsp)
            {
                W("(").W(Number(fsp)).W(")");
            }
        }
        else if (t.Length is { } length)
        {
            W("(").W(Number(length));
            if (t.Scale is { } scale)
            {
                W(",").W(Number(scale));
            }
            W(")");
        }
        if (t.Unsigned)
        {
            W(" unsigned");
        }
        if (t.ZeroFill)
        {
            W(" zerofill");
        }
        if (t.Binary)
        {
            W(" BINARY");
        }
        if (t.Charset is not null)
        {
            W(" CHARACTER SET ").W(t.Charset);
        }
        if (t.Collation is not null)
        {
            W(" COLLATE ").W(t.Collation);
        }
        return this;
    }

    private void Position(ColumnPosition? position)
    {
        if (position is null)
        {
            return;
        }
        if (position.First)
        {
            W(" FIRST");
        }
        else
        {
            W(" AFTER ").Id(position.After!);
        }
    }

    private void AlterAction(AlterTableAction action)
    {
        switch (action)
        {
            case AddColumnAction a when a.Columns.Count == 1:
                W("ADD COLUMN ");
                Column(a.Columns[0]);
                Position(a.Position);
                break;
            case AddColumnAction a:
                W("ADD COLUMN (");
                List(a.Columns, Column);
                W(")");
                break;
            case AddConstraintAction a:
                W("ADD ");
                Element(a.Element);
                break;
            case DropColumnAction d:
                W("DROP COLUMN ").Id(d.Name);
                break;
            case DropConstraintAction d:
                W(d.Kind switch
                {
                    DropConstraintKind.Index => "DROP INDEX ",
                    DropConstraintKind.PrimaryKey => "DROP PRIMARY KEY",
                    DropConstraintKind.ForeignKey => "DROP FOREIGN KEY ",
                    DropConstraintKind.Check => "DROP CHECK ",
                    _ => "DROP CONSTRAINT ",
                });
                if (d.Name is not null)
                {
                    Id(d.Name);
                }
                break;
            case ModifyColumnAction m:
                W("MODIFY COLUMN ");
                Column(m.Column);
                Position(m.Position);
                break;
            case ChangeColumnAction c:
                W("CHANGE COLUMN ").Id(c.OldName).W(" ");
                Column(c.Column);
                Position(c.Position);
                break;
            case RenameColumnAction r:
                W("RENAME COLUMN ").Id(r.OldName).W(" TO ").Id(r.NewName);
                break;
            case RenameIndexAction r:
                W("RENAME INDEX ").Id(r.OldName).W(" TO ").Id(r.NewName);
                break;
            case RenameTableAction r:
                W("RENAME TO ").Name(r.NewName);
                break;
            case AlterColumnDefaultAction a when a.Default is null:
                W("ALTER COLUMN ").Id(a.Column).W(" DROP DEFAULT");
                break;
            case AlterColumnDefaultAction a:
                W("ALTER COLUMN ").Id(a.Column).W(" SET DEFAULT ");
                Expr(a.Default!);
                break;
            case TableOptionsAction t:
                List(t.Options, TableOption, " ");
                break;
            case KeysAction k:
                W(k.Enable ? "ENABLE KEYS" : "DISABLE KEYS");
                break;
            case ConvertCharsetAction c:
                W("CONVERT TO CHARACTER SET ").W(c.Charset);
                if (c.Collation is not null)
                {
                    W(" COLLATE ").W(c.Collation);
                }
                break;
            case AlterOptionAction { Name: "ALTER INDEX" } o:
                W("ALTER INDEX ").Id(o.Value!).W(" VISIBLE");
                break;
            case AlterOptionAction o:
                W(o.Name);
                if (o.Value is not null)
                {
                    W("=").W(o.Value);
                }
                break;
        }
    }

    private void View(CreateViewStatement v)
    {
        W(v.IsAlter ? "ALTER " : "CREATE ");
        if (v.OrReplace)
        {
            W("OR REPLACE ");
        }
        if (v.Algorithm is not null)
        {
            W("ALGORITHM=").W(v.Algorithm).W(" ");
        }
        if (v.Definer is not null)
        {
            W("DEFINER=");
            User(v.Definer);
            W(" ");
        }
        if (v.SecurityDefiner is { } definer)
        {
            W(definer ? "SQL SECURITY DEFINER " : "SQL SECURITY INVOKER ");
        }
        W("VIEW ").Name(v.Name);
        if (!v.Columns.IsEmpty)
        {
            W(" (");
            Ids(v.Columns);
            W(")");
        }
        W(" AS ");
        Query(v.Query);
        if (v.CheckOption != ViewCheckOption.None)
        {
            W(v.CheckOption == ViewCheckOption.Local ? " WITH LOCAL CHECK OPTION" : " WITH CASCADED CHECK OPTION");
        }
    }
}
