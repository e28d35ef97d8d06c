using MiniAurora.Core.Values;

namespace MiniAurora.Engine.Execution;

internal static class ExecutionContextRows
{
    public static SqlValue[] Empty { get; } = [];
}
