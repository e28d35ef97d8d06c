using MiniAurora.Core.Values;

namespace MiniAurora.Storage.Tables;

/// <summary>Key-building helpers shared by clustered and secondary indexes.</summary>
internal static class KeyParts
{
    /// <summary>Applies an index prefix length: characters for strings, bytes for binary values.</summary>
    public static SqlValue Truncate(in SqlValue value, int prefix)
    {
        if (prefix <= 0)
        {
            return value;
        }
        return value.Kind switch
        {
            SqlValueKind.String when value.AsString.Length > prefix => SqlValue.FromString(value.AsString[..prefix]),
            SqlValueKind.Bytes when value.AsBytes.Length > prefix => SqlValue.FromBytes(value.AsBytes[..prefix]),
            _ => value,
        };
    }

    /// <summary>MySQL's duplicate-key text: the key parts joined by '-'.</summary>
    public static string FormatKey(ReadOnlySpan<SqlValue> parts)
    {
        if (parts.Length == 1)
        {
            return parts[0].ToString();
        }
        var texts = new string[parts.Length];
        for (int i = 0; i < parts.Length; i++)
        {
            texts[i] = parts[i].ToString();
        }
        return string.Join('-', texts);
    }
}
