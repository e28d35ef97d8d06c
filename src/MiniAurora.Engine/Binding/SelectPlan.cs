using MiniAurora.Core.Results;
using MiniAurora.Engine.Planning;

namespace MiniAurora.Engine.Binding;

/// <summary>A bound and planned query: its plan, result metadata, and how many leading row values are visible.</summary>
internal sealed record SelectPlan(PlanNode Plan, IReadOnlyList<ResultColumn> Columns, int VisibleWidth, IReadOnlyList<bool> Nullable);
