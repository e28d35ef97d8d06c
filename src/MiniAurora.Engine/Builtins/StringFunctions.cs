using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using MiniAurora.Core.Values;
using MiniAurora.Engine.Expressions;
using MiniAurora.Engine.Values;
using static MiniAurora.Engine.Builtins.FunctionRegistry;

namespace MiniAurora.Engine.Builtins;

/// <summary>String builtins (MySQL 8 "String Functions and Operators").</summary>
internal static class StringFunctions
{
    private static string Text(EvaluationContext ctx, BoundExpression[] a, int i, out bool isNull)
    {
        var v = a[i].Evaluate(ctx);
        isNull = v.IsNull;
        return isNull ? "" : ValueConversion.ToText(v);
    }

    private static long Int(EvaluationContext ctx, BoundExpression[] a, int i, out bool isNull)
    {
        var v = a[i].Evaluate(ctx);
        isNull = v.IsNull;
        return isNull ? 0 : ValueConversion.ToInt64(v, ctx);
    }

    private static ColumnType SumLength(BoundExpression[] args)
    {
        long len = 0;
        bool binary = false;
        foreach (var a in args)
        {
            len += TypeRules.DisplayLength(a.Type);
            binary |= a.Type.IsBinary;
        }
        if (binary)
        {
            return new ColumnType(SqlTypeKind.VarBinary, Length: (int)Math.Min(len, 65535), Collation: Collation.Binary);
        }
        return len > 16383 ? ColumnType.LongText : ColumnType.VarChar((int)len);
    }

    private static ColumnType FirstLength(BoundExpression[] args) =>
        args[0].Type.IsBlobLike ? ColumnType.LongText : ColumnType.VarChar(Math.Max(TypeRules.DisplayLength(args[0].Type), 0), args[0].Type.IsString ? args[0].Type.Collation : null);

    private static SqlValue Str(string s) => SqlValue.FromString(s);

    private static int Utf8Length(string s) => Core.Text.LosslessUtf8.GetByteCount(s);

    public static IEnumerable<FunctionDefinition> All()
    {
        yield return new("CONCAT", 1, int.MaxValue, SumLength, (ctx, a) =>
        {
            if (a.Length == 1)
            {
                var v = a[0].Evaluate(ctx);
                return v.IsNull ? v : v.Kind == SqlValueKind.String ? v : Str(ValueConversion.ToText(v));
            }
            var sb = new StringBuilder();
            foreach (var e in a)
            {
                var v = e.Evaluate(ctx);
                if (v.IsNull)
                {
                    return SqlValue.Null;
                }
                sb.Append(ValueConversion.ToText(v));
            }
            return Str(sb.ToString());
        });
        yield return new("CONCAT_WS", 2, int.MaxValue, SumLength, (ctx, a) =>
        {
            var sep = a[0].Evaluate(ctx);
            if (sep.IsNull)
            {
                return SqlValue.Null;
            }
            var sb = new StringBuilder();
            bool first = true;
            string s = ValueConversion.ToText(sep);
            for (int i = 1; i < a.Length; i++)
            {
                var v = a[i].Evaluate(ctx);
                if (v.IsNull)
                {
                    continue;
                }
                if (!first)
                {
                    sb.Append(s);
                }
                first = false;
                sb.Append(ValueConversion.ToText(v));
            }
            return Str(sb.ToString());
        });
        var length = new FunctionDefinition("LENGTH", 1, 1, Fixed(new ColumnType(SqlTypeKind.BigInt, Length: 10)), (ctx, a) =>
        {
            var v = a[0].Evaluate(ctx);
            return v.IsNull ? v : SqlValue.FromInt(v.Kind == SqlValueKind.Bytes ? v.AsBytes.Length : Utf8Length(ValueConversion.ToText(v)));
        });
        yield return length;
        yield return Alias("OCTET_LENGTH", length);
        var charLength = new FunctionDefinition("CHAR_LENGTH", 1, 1, Fixed(new ColumnType(SqlTypeKind.BigInt, Length: 10)), (ctx, a) =>
        {
            var v = a[0].Evaluate(ctx);
            if (v.IsNull)
            {
                return v;
            }
            if (v.Kind == SqlValueKind.Bytes)
            {
                return SqlValue.FromInt(v.AsBytes.Length);
            }
            var s = ValueConversion.ToText(v);
            return SqlValue.FromInt(new StringInfo(s).LengthInTextElements);
        });
        yield return charLength;
        yield return Alias("CHARACTER_LENGTH", charLength);
        var upper = new FunctionDefinition("UPPER", 1, 1, FirstLength, (ctx, a) =>
        {
            var s = Text(ctx, a, 0, out bool n);
            return n ? SqlValue.Null : Str(s.ToUpperInvariant());
        });
        yield return upper;
        yield return Alias("UCASE", upper);
        var lower = new FunctionDefinition("LOWER", 1, 1, FirstLength, (ctx, a) =>
        {
            var s = Text(ctx, a, 0, out bool n);
            return n ? SqlValue.Null : Str(s.ToLowerInvariant());
        });
        yield return lower;
        yield return Alias("LCASE", lower);
        var substring = new FunctionDefinition("SUBSTRING", 2, 3, FirstLength, (ctx, a) =>
        {
            var s = Text(ctx, a, 0, out bool n0);
            long pos = Int(ctx, a, 1, out bool n1);
            long len = a.Length > 2 ? Int(ctx, a, 2, out bool n2) : long.MaxValue;
            if (n0 || n1 || (a.Length > 2 && a[2].Evaluate(ctx).IsNull))
            {
                return SqlValue.Null;
            }
            return Str(Substring(s, pos, len));
        });
        yield return substring;
        yield return Alias("SUBSTR", substring);
        yield return Alias("MID", substring);
        yield return new("LEFT", 2, 2, FirstLength, (ctx, a) =>
        {
            var s = Text(ctx, a, 0, out bool n0);
            long len = Int(ctx, a, 1, out bool n1);
            if (n0 || n1)
            {
                return SqlValue.Null;
            }
            return Str(len <= 0 ? "" : len >= s.Length ? s : s[..(int)len]);
        });
        yield return new("RIGHT", 2, 2, FirstLength, (ctx, a) =>
        {
            var s = Text(ctx, a, 0, out bool n0);
            long len = Int(ctx, a, 1, out bool n1);
            if (n0 || n1)
            {
                return SqlValue.Null;
            }
            return Str(len <= 0 ? "" : len >= s.Length ? s : s[^(int)len..]);
        });
        yield return new("LPAD", 3, 3, a => ColumnType.VarChar(Math.Max(TypeRules.DisplayLength(a[0].Type), 64)), (ctx, a) => Pad(ctx, a, left: true));
        yield return new("RPAD", 3, 3, a => ColumnType.VarChar(Math.Max(TypeRules.DisplayLength(a[0].Type), 64)), (ctx, a) => Pad(ctx, a, left: false));
        yield return new("REPLACE", 3, 3, FirstLength, (ctx, a) =>
        {
            var s = Text(ctx, a, 0, out bool n0);
            var from = Text(ctx, a, 1, out bool n1);
            var to = Text(ctx, a, 2, out bool n2);
            if (n0 || n1 || n2)
            {
                return SqlValue.Null;
            }
            return Str(from.Length == 0 ? s : s.Replace(from, to, StringComparison.Ordinal));
        });
        yield return new("REVERSE", 1, 1, FirstLength, (ctx, a) =>
        {
            var s = Text(ctx, a, 0, out bool n);
            if (n)
            {
                return SqlValue.Null;
            }
            var chars = s.ToCharArray();
            Array.Reverse(chars);
            return Str(new string(chars));
        });
        yield return new("REPEAT", 2, 2, _ => ColumnType.LongText, (ctx, a) =>
        {
            var s = Text(ctx, a, 0, out bool n0);
            long count = Int(ctx, a, 1, out bool n1);
            if (n0 || n1)
            {
                return SqlValue.Null;
            }
            if (count <= 0)
            {
                return Str("");
            }
            if (s.Length * count > 67108864)
            {
                return SqlValue.Null;
            }
            return Str(new StringBuilder(s.Length * (int)count).Insert(0, s, (int)count).ToString());
        });
        yield return new("SPACE", 1, 1, _ => ColumnType.LongText, (ctx, a) =>
        {
            long count = Int(ctx, a, 0, out bool n);
            return n ? SqlValue.Null : Str(new string(' ', (int)Math.Clamp(count, 0, 67108864)));
        });
        yield return new("LTRIM", 1, 1, FirstLength, (ctx, a) =>
        {
            var s = Text(ctx, a, 0, out bool n);
            return n ? SqlValue.Null : Str(s.TrimStart(' '));
        });
        yield return new("RTRIM", 1, 1, FirstLength, (ctx, a) =>
        {
            var s = Text(ctx, a, 0, out bool n);
            return n ? SqlValue.Null : Str(s.TrimEnd(' '));
        });
        var locate = new FunctionDefinition("LOCATE", 2, 3, Fixed(new ColumnType(SqlTypeKind.BigInt, Length: 11)), (ctx, a) =>
        {
            var sub = Text(ctx, a, 0, out bool n0);
            var s = Text(ctx, a, 1, out bool n1);
            long start = a.Length > 2 ? Int(ctx, a, 2, out _) : 1;
            if (n0 || n1)
            {
                return SqlValue.Null;
            }
            return SqlValue.FromInt(Locate(sub, s, start, ctx));
        });
        yield return locate;
        yield return new("POSITION", 2, 2, locate.ReturnType, locate.Invoke);
        yield return new("INSTR", 2, 2, locate.ReturnType, (ctx, a) =>
        {
            var s = Text(ctx, a, 0, out bool n0);
            var sub = Text(ctx, a, 1, out bool n1);
            if (n0 || n1)
            {
                return SqlValue.Null;
            }
            return SqlValue.FromInt(Locate(sub, s, 1, ctx));
        });
        yield return new("ASCII", 1, 1, Fixed(new ColumnType(SqlTypeKind.Int, Length: 3)), (ctx, a) =>
        {
            var v = a[0].Evaluate(ctx);
            if (v.IsNull)
            {
                return v;
            }
            var bytes = ValueConversion.ToBytes(v);
            return SqlValue.FromInt(bytes.Length == 0 ? 0 : bytes[0]);
        });
        yield return new("HEX", 1, 1, a => ColumnType.VarChar(TypeRules.DisplayLength(a[0].Type) * 2), (ctx, a) =>
        {
            var v = a[0].Evaluate(ctx);
            if (v.IsNull)
            {
                return v;
            }
            if (v.Kind is SqlValueKind.Int or SqlValueKind.UInt or SqlValueKind.Double or SqlValueKind.Decimal)
            {
                return Str(ValueConversion.ToUInt64(SqlValue.FromInt(ValueConversion.ToInt64(v, ctx)), ctx).ToString("X", CultureInfo.InvariantCulture));
            }
            return Str(Convert.ToHexString(ValueConversion.ToBytes(v)));
        });
        yield return new("UNHEX", 1, 1, a => new ColumnType(SqlTypeKind.VarBinary, Length: Math.Max(TypeRules.DisplayLength(a[0].Type) / 2, 1), Collation: Collation.Binary), (ctx, a) =>
        {
            var s = Text(ctx, a, 0, out bool n);
            if (n)
            {
                return SqlValue.Null;
            }
            if (s.Length % 2 == 1)
            {
                s = "0" + s;
            }
            try
            {
                return SqlValue.FromBytes(Convert.FromHexString(s));
            }
            catch (FormatException)
            {
                return SqlValue.Null;
            }
        });
        yield return new("MD5", 1, 1, Fixed(ColumnType.VarChar(32)), (ctx, a) => Hash(ctx, a, MD5.HashData));
        var sha1 = new FunctionDefinition("SHA1", 1, 1, Fixed(ColumnType.VarChar(40)), (ctx, a) => Hash(ctx, a, SHA1.HashData));
        yield return sha1;
        yield return Alias("SHA", sha1);
        yield return new("SHA2", 2, 2, Fixed(ColumnType.VarChar(128)), (ctx, a) =>
        {
            long bits = Int(ctx, a, 1, out bool n);
            if (n)
            {
                return SqlValue.Null;
            }
            return bits switch
            {
                0 or 256 => Hash(ctx, a, SHA256.HashData),
                224 => SqlValue.Null,
                384 => Hash(ctx, a, SHA384.HashData),
                512 => Hash(ctx, a, SHA512.HashData),
                _ => SqlValue.Null,
            };
        });
        yield return new("UUID", 0, 0, Fixed(ColumnType.VarChar(36)), (ctx, a) => Str(Guid.NewGuid().ToString()), FunctionFlags.Volatile | FunctionFlags.NotNull);
        yield return new("QUOTE", 1, 1, a => ColumnType.VarChar((TypeRules.DisplayLength(a[0].Type) * 2) + 2), (ctx, a) =>
        {
            var v = a[0].Evaluate(ctx);
            if (v.IsNull)
            {
                return Str("NULL");
            }
            var s = ValueConversion.ToText(v);
            var sb = new StringBuilder("'");
            foreach (char c in s)
            {
                switch (c)
                {
                    case '\'': sb.Append("\\'"); break;
                    case '\\': sb.Append("\\\\"); break;
                    case '\0': sb.Append("\\0"); break;
                    case '\u001a': sb.Append("\\Z"); break;
                    default: sb.Append(c); break;
                }
            }
            return Str(sb.Append('\'').ToString());
        });
        yield return new("FIELD", 2, int.MaxValue, Fixed(new ColumnType(SqlTypeKind.BigInt, Length: 3)), (ctx, a) =>
        {
            var v = a[0].Evaluate(ctx);
            if (v.IsNull)
            {
                return SqlValue.FromInt(0);
            }
            for (int i = 1; i < a.Length; i++)
            {
                var w = a[i].Evaluate(ctx);
                if (!w.IsNull && ValueComparer.Compare(v, w, TypeRules.ComparisonCollation(a[0].Type, a[i].Type), ctx) == 0)
                {
                    return SqlValue.FromInt(i);
                }
            }
            return SqlValue.FromInt(0);
        }, FunctionFlags.NotNull);
        yield return new("FIND_IN_SET", 2, 2, Fixed(new ColumnType(SqlTypeKind.BigInt, Length: 3)), (ctx, a) =>
        {
            var s = Text(ctx, a, 0, out bool n0);
            var list = Text(ctx, a, 1, out bool n1);
            if (n0 || n1)
            {
                return SqlValue.Null;
            }
            if (list.Length == 0)
            {
                return SqlValue.FromInt(0);
            }
            var parts = list.Split(',');
            for (int i = 0; i < parts.Length; i++)
            {
                if (Collation.Default.Equal(parts[i], s))
                {
                    return SqlValue.FromInt(i + 1);
                }
            }
            return SqlValue.FromInt(0);
        });
        yield return new("ELT", 2, int.MaxValue, a => TypeRules.Unify(a.Skip(1).Select(x => ColumnType.VarChar(TypeRules.DisplayLength(x.Type)))), (ctx, a) =>
        {
            long n = Int(ctx, a, 0, out bool isNull);
            if (isNull || n < 1 || n >= a.Length)
            {
                return SqlValue.Null;
            }
            var v = a[n].Evaluate(ctx);
            return v.IsNull ? v : Str(ValueConversion.ToText(v));
        });
        yield return new("SUBSTRING_INDEX", 3, 3, FirstLength, (ctx, a) =>
        {
            var s = Text(ctx, a, 0, out bool n0);
            var delim = Text(ctx, a, 1, out bool n1);
            long count = Int(ctx, a, 2, out bool n2);
            if (n0 || n1 || n2)
            {
                return SqlValue.Null;
            }
            return Str(SubstringIndex(s, delim, count));
        });
        yield return new("INSERT", 4, 4, _ => ColumnType.LongText, (ctx, a) =>
        {
            var s = Text(ctx, a, 0, out bool n0);
            long pos = Int(ctx, a, 1, out bool n1);
            long len = Int(ctx, a, 2, out bool n2);
            var ins = Text(ctx, a, 3, out bool n3);
            if (n0 || n1 || n2 || n3)
            {
                return SqlValue.Null;
            }
            if (pos < 1 || pos > s.Length)
            {
                return Str(s);
            }
            int start = (int)pos - 1;
            int remove = (int)Math.Min(len < 0 ? s.Length : len, s.Length - start);
            return Str(s[..start] + ins + s[(start + remove)..]);
        });
        yield return new("STRCMP", 2, 2, Fixed(new ColumnType(SqlTypeKind.Int, Length: 2)), (ctx, a) =>
        {
            var l = a[0].Evaluate(ctx);
            var r = a[1].Evaluate(ctx);
            if (l.IsNull || r.IsNull)
            {
                return SqlValue.Null;
            }
            int c = TypeRules.ComparisonCollation(a[0].Type, a[1].Type).Compare(ValueConversion.ToText(l), ValueConversion.ToText(r));
            return SqlValue.FromInt(Math.Sign(c));
        });
        yield return new("FORMAT", 2, 3, a => ColumnType.VarChar(64), (ctx, a) =>
        {
            var v = a[0].Evaluate(ctx);
            long d = Int(ctx, a, 1, out bool n1);
            if (v.IsNull || n1)
            {
                return SqlValue.Null;
            }
            int digits = (int)Math.Clamp(d, 0, 30);
            decimal value = decimal.Round(ValueConversion.ToDecimal(v, ctx), Math.Min(digits, 28), MidpointRounding.AwayFromZero);
            return Str(value.ToString("N" + digits.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture));
        });
        yield return new("BIN", 1, 1, Fixed(ColumnType.VarChar(64)), (ctx, a) =>
        {
            var v = a[0].Evaluate(ctx);
            return v.IsNull ? v : Str(Convert.ToString(ValueConversion.ToInt64(v, ctx), 2));
        });
        yield return new("OCT", 1, 1, Fixed(ColumnType.VarChar(64)), (ctx, a) =>
        {
            var v = a[0].Evaluate(ctx);
            return v.IsNull ? v : Str(Convert.ToString(ValueConversion.ToInt64(v, ctx), 8));
        });
        yield return new("TO_BASE64", 1, 1, _ => ColumnType.LongText, (ctx, a) =>
        {
            var v = a[0].Evaluate(ctx);
            return v.IsNull ? v : Str(Convert.ToBase64String(ValueConversion.ToBytes(v)));
        });
        yield return new("FROM_BASE64", 1, 1, _ => ColumnType.LongBlob, (ctx, a) =>
        {
            var s = Text(ctx, a, 0, out bool n);
            if (n)
            {
                return SqlValue.Null;
            }
            try
            {
                return SqlValue.FromBytes(Convert.FromBase64String(s));
            }
            catch (FormatException)
            {
                return SqlValue.Null;
            }
        });
    }

    internal static string Substring(string s, long pos, long len)
    {
        if (pos == 0 || len <= 0)
        {
            return "";
        }
        long start = pos > 0 ? pos - 1 : s.Length + pos;
        if (start < 0 || start >= s.Length)
        {
            return "";
        }
        long count = Math.Min(len, s.Length - start);
        return s.Substring((int)start, (int)count);
    }

    private static long Locate(string sub, string s, long start, EvaluationContext ctx)
    {
        if (start < 1 || start > s.Length + 1)
        {
            return 0;
        }
        if (sub.Length == 0)
        {
            return start;
        }
        int idx = System.Globalization.CultureInfo.InvariantCulture.CompareInfo.IndexOf(s, sub, (int)start - 1, CompareOptions.IgnoreCase);
        return idx < 0 ? 0 : idx + 1;
    }

    private static SqlValue Pad(EvaluationContext ctx, BoundExpression[] a, bool left)
    {
        var s = Text(ctx, a, 0, out bool n0);
        long len = Int(ctx, a, 1, out bool n1);
        var pad = Text(ctx, a, 2, out bool n2);
        if (n0 || n1 || n2 || len < 0 || len > 67108864)
        {
            return SqlValue.Null;
        }
        if (len <= s.Length)
        {
            return Str(s[..(int)len]);
        }
        if (pad.Length == 0)
        {
            return SqlValue.Null;
        }
        var sb = new StringBuilder((int)len);
        int need = (int)len - s.Length;
        if (!left)
        {
            sb.Append(s);
        }
        for (int i = 0; i < need; i++)
        {
            sb.Append(pad[i % pad.Length]);
        }
        if (left)
        {
            sb.Append(s);
        }
        return Str(sb.ToString());
    }

    private static SqlValue Hash(EvaluationContext ctx, BoundExpression[] a, Func<byte[], byte[]> hash)
    {
        var v = a[0].Evaluate(ctx);
        return v.IsNull ? v : Str(Convert.ToHexString(hash(ValueConversion.ToBytes(v))).ToLowerInvariant());
    }

    private static string SubstringIndex(string s, string delim, long count)
    {
        if (count == 0 || delim.Length == 0)
        {
            return "";
        }
        if (count > 0)
        {
            int idx = -1;
            for (long i = 0; i < count; i++)
            {
                idx = s.IndexOf(delim, idx + (i == 0 ? 1 : delim.Length), StringComparison.Ordinal);
                if (idx < 0)
                {
                    return s;
                }
            }
            return s[..idx];
        }
        int pos = s.Length;
        for (long i = 0; i < -count; i++)
        {
            if (pos - 1 < 0)
            {
                return s;
            }
            pos = s.LastIndexOf(delim, pos - 1, StringComparison.Ordinal);
            if (pos < 0)
            {
                return s;
            }
        }
        return s[(pos + delim.Length)..];
    }
}
