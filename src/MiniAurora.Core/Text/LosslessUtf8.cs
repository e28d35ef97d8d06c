using System.Text;
using System.Text.Unicode;

namespace MiniAurora.Core.Text;

/// <summary>
/// UTF-8 that never loses a byte. A query is bytes in the client's character set and may carry raw
/// binary inside <c>_binary'…'</c> literals (MySqlConnector and libmysqlclient send byte[] parameters so);
/// a plain UTF-8 decode would turn each invalid byte into U+FFFD. Here every byte that is not part of a
/// valid UTF-8 sequence becomes the lone surrogate U+DC80+byte (Python's "surrogateescape") and encoding
/// turns such surrogates back into the same bytes, so bytes → string → bytes is the identity.
/// Valid UTF-8 (nearly every query) takes the fast path of the framework's decoder.
/// </summary>
public static class LosslessUtf8
{
    private const char EscapeBase = '\uDC00';

    public static string GetString(ReadOnlySpan<byte> bytes)
    {
        if (Utf8.IsValid(bytes))
        {
            return Encoding.UTF8.GetString(bytes);
        }
        var sb = new StringBuilder(bytes.Length);
        Span<char> pair = stackalloc char[2];
        while (!bytes.IsEmpty)
        {
            if (Rune.DecodeFromUtf8(bytes, out var rune, out int consumed) == System.Buffers.OperationStatus.Done)
            {
                int n = rune.EncodeToUtf16(pair);
                sb.Append(pair[..n]);
                bytes = bytes[consumed..];
            }
            else
            {
                sb.Append((char)(EscapeBase + bytes[0]));
                bytes = bytes[1..];
            }
        }
        return sb.ToString();
    }

    /// <summary>True when the string holds escaped raw bytes (then only <see cref="GetBytes"/> reproduces them).</summary>
    public static bool HasEscapedBytes(string value)
    {
        foreach (char c in value)
        {
            if ((uint)(c - '\uDC80') <= 0x7F)
            {
                return true;
            }
        }
        return false;
    }

    public static int GetByteCount(string value)
    {
        if (!HasEscapedBytes(value))
        {
            return Encoding.UTF8.GetByteCount(value);
        }
        int count = 0;
        for (int i = 0; i < value.Length; i++)
        {
            char c = value[i];
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                count += 4;
                i++;
            }
            else if (c is >= '\uDC80' and <= '\uDCFF')
            {
                count += 1;
            }
            else
            {
                count += c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
            }
        }
        return count;
    }

    public static byte[] GetBytes(string value)
    {
        var bytes = new byte[GetByteCount(value)];
        GetBytes(value, bytes);
        return bytes;
    }

    /// <summary>Encodes into <paramref name="destination"/> (at least <see cref="GetByteCount"/> long); returns the bytes written.</summary>
    public static int GetBytes(string value, Span<byte> destination)
    {
        if (!HasEscapedBytes(value))
        {
            return Encoding.UTF8.GetBytes(value.AsSpan(), destination);
        }
        int written = 0;
        for (int i = 0; i < value.Length; i++)
        {
            char c = value[i];
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                written += new Rune(c, value[i + 1]).EncodeToUtf8(destination[written..]);
                i++;
            }
            else if (c is >= '\uDC80' and <= '\uDCFF')
            {
                destination[written++] = (byte)(c - EscapeBase);
            }
            else
            {
                written += new Rune(char.IsSurrogate(c) ? '\uFFFD' : c).EncodeToUtf8(destination[written..]);
            }
        }
        return written;
    }
}
