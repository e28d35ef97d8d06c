using MiniAurora.Core.Values;
using MiniAurora.Engine.Execution;
using MiniAurora.Engine.Execution.Operators;

namespace MiniAurora.Engine.Planning;

/// <summary>Rows produced per execution by a function (virtual tables) or a constant single empty row.</summary>
internal sealed class RowsNode : PlanNode
{
    private static readonly IReadOnlyList<SqlValue[]> s_oneRow = [[]];

    public RowsNode(int width, Func<QueryContext, IReadOnlyList<SqlValue[]>>? producer, string? explainTable = null)
    {
        Width = width;
        Producer = producer;
        ExplainTable = explainTable;
    }

    /// <summary>The single empty row of SELECT without FROM.</summary>
    public static RowsNode SingleRow { get; } = new(0, null);

    public override int Width { get; }

    public Func<QueryContext, IReadOnlyList<SqlValue[]>>? Producer { get; }

    public string? ExplainTable { get; }

    public override Operator Open(QueryContext ctx) => new RowsOperator(Producer is null ? s_oneRow : Producer(ctx));

    public override void Explain(List<ExplainRow> rows)
    {
        if (ExplainTable is not null)
        {
            rows.Add(new ExplainRow(ExplainTable, "ALL", null, null, null, null, 10, null));
        }
    }
}
