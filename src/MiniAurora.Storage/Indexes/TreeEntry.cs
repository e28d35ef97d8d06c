using MiniAurora.Core.Values;

namespace MiniAurora.Storage.Indexes;

/// <summary>One key/value pair copied out of a <see cref="BPlusTree{TValue}"/> leaf.</summary>
internal readonly record struct TreeEntry<TValue>(SqlValue[] Key, TValue Value)
    where TValue : class;
