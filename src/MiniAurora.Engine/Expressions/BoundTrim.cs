using MiniAurora.Core.Values;
using MiniAurora.Engine.Values;
using MiniAurora.Sql.Ast.Expressions;

namespace MiniAurora.Engine.Expressions;

internal sealed class BoundTrim : BoundExpression
{
    public BoundTrim(TrimMode mode, BoundExpression source, BoundExpression remove)
        : base(source.Type.IsBlobLike ? ColumnType.LongText : ColumnType.VarChar(Math.Max(TypeRules.DisplayLength(source.Type), 0)))
    {
        Mode = mode;
        Source = source;
        Remove = remove;
    }

    public TrimMode Mode { get; }

    public BoundExpression Source { get; }

    public BoundExpression Remove { get; }

    public override IReadOnlyList<BoundExpression> Children => [Source, Remove];

    public override BoundExpression WithChildren(IReadOnlyList<BoundExpression> children) => new BoundTrim(Mode, children[0], children[1]);

    public override SqlValue Evaluate(EvaluationContext ctx)
    {
        var v = Source.Evaluate(ctx);
        var r = Remove.Evaluate(ctx);
        if (v.IsNull || r.IsNull)
        {
            return SqlValue.Null;
        }
        string s = ValueConversion.ToText(v);
        string remove = ValueConversion.ToText(r);
        if (remove.Length == 0)
        {
            return SqlValue.FromString(s);
        }
        int start = 0;
        int end = s.Length;
        if (Mode != TrimMode.Trailing)
        {
            while (end - start >= remove.Length && string.CompareOrdinal(s, start, remove, 0, remove.Length) == 0)
            {
                start += remove.Length;
            }
        }
        if (Mode != TrimMode.Leading)
        {
            while (end - start >= remove.Length && string.CompareOrdinal(s, end - remove.Length, remove, 0, remove.Length) == 0)
            {
                end -= remove.Length;
            }
        }
        return SqlValue.FromString(s[start..end]);
    }
}
