using MiniAurora.Core.Values;
using MiniAurora.Engine.Execution;
using MiniAurora.Engine.Values;

namespace MiniAurora.Engine.Planning;

/// <summary>UNION ALL: the left rows then the right rows, converted to the unified column types.</summary>
internal sealed class UnionNode : PlanNode
{
    public UnionNode(PlanNode left, PlanNode right, ColumnType[] types)
    {
        Left = left;
        Right = right;
        Types = types;
    }

    public PlanNode Left { get; }

    public PlanNode Right { get; }

    public ColumnType[] Types { get; }

    public override int Width => Types.Length;

    public override IReadOnlyList<PlanNode> Children => [Left, Right];

    public override Operator Open(QueryContext ctx) => new UnionOperator(this, ctx);

    private sealed class UnionOperator : Operator
    {
        private readonly UnionNode _node;
        private readonly QueryContext _ctx;
        private Operator? _current;
        private bool _onRight;

        public UnionOperator(UnionNode node, QueryContext ctx)
        {
            _node = node;
            _ctx = ctx;
        }

        public override async ValueTask<bool> MoveNextAsync(CancellationToken ct)
        {
            _current ??= _node.Left.Open(_ctx);
            while (true)
            {
                if (await _current.MoveNextAsync(ct).ConfigureAwait(false))
                {
                    var src = _current.Current;
                    var row = new SqlValue[_node.Types.Length];
                    for (int i = 0; i < row.Length; i++)
                    {
                        row[i] = ValueCoercion.To(src[i], _node.Types[i], _ctx.Eval);
                    }
                    Current = row;
                    return true;
                }
                if (_onRight)
                {
                    return false;
                }
                _current.Dispose();
                _current = _node.Right.Open(_ctx);
                _onRight = true;
            }
        }

        public override void Dispose() => _current?.Dispose();
    }
}
