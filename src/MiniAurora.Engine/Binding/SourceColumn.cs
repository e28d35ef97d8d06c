using MiniAurora.Core.Values;
using MiniAurora.Engine.Expressions;

namespace MiniAurora.Engine.Binding;

/// <summary>A column visible in a FROM scope.</summary>
internal sealed record SourceColumn(string Name, ColumnType Type, bool Nullable, ColumnOrigin? Origin, bool Hidden = false);
