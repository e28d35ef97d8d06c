using System.Globalization;
using MiniAurora.Core.Errors;
using MiniAurora.Core.Values;
using MiniAurora.Engine.Expressions;
using MiniAurora.Engine.Values;

namespace MiniAurora.Engine.Sessions.Variables;

/// <summary>Validation and display of system-variable values (SET semantics, SHOW VARIABLES text).</summary>
internal static class VariableValues
{
    public static SqlValue ParseDefault(SystemVariableDefinition def, string text) => def.Type switch
    {
        VariableType.Bool => SqlValue.FromInt(text is "ON" or "1" or "TRUE" ? 1 : 0),
        VariableType.Int => SqlValue.FromInt(long.Parse(text, CultureInfo.InvariantCulture)),
        VariableType.UInt => SqlValue.FromUInt(ulong.Parse(text, CultureInfo.InvariantCulture)),
        VariableType.Double => SqlValue.FromDouble(double.Parse(text, CultureInfo.InvariantCulture)),
        _ => text == "NULL" && def.Name == "secure_file_priv" ? SqlValue.Null : SqlValue.FromString(text),
    };

    /// <summary>Converts a SET value to the variable's domain; throws 1231/1232 as MySQL does.</summary>
    public static SqlValue Normalize(SystemVariableDefinition def, SqlValue value, EvaluationContext? ctx)
    {
        string shown = value.IsNull ? "NULL" : ValueConversion.ToText(value);
        switch (def.Type)
        {
            case VariableType.Bool:
                if (value.IsNull)
                {
                    throw MySqlErrors.WrongValueForVar(def.Name, "NULL");
                }
                if (value.IsNumeric)
                {
                    long n = ValueConversion.ToInt64(value, null);
                    return n is 0 or 1 ? SqlValue.FromInt(n) : throw MySqlErrors.WrongValueForVar(def.Name, shown);
                }
                return shown.ToUpperInvariant() switch
                {
                    "ON" or "TRUE" or "1" => SqlValue.FromInt(1),
                    "OFF" or "FALSE" or "0" => SqlValue.FromInt(0),
                    _ => throw MySqlErrors.WrongValueForVar(def.Name, shown),
                };
            case VariableType.Int:
            case VariableType.UInt:
                {
                    if (value.IsNull || (!value.IsNumeric && !long.TryParse(shown, NumberStyles.Integer, CultureInfo.InvariantCulture, out _)
                        && !ulong.TryParse(shown, NumberStyles.Integer, CultureInfo.InvariantCulture, out _)))
                    {
                        throw MySqlErrors.WrongTypeForVar(def.Name);
                    }
                    if (value.Kind == SqlValueKind.Double || value.Kind == SqlValueKind.Decimal)
                    {
                        throw MySqlErrors.WrongTypeForVar(def.Name);
                    }
                    decimal d = ValueConversion.ToDecimal(value, null);
                    decimal clamped = Math.Clamp(d, def.Type == VariableType.UInt ? Math.Max(def.Min, 0) : def.Min, def.Max == long.MaxValue && def.Type == VariableType.UInt ? ulong.MaxValue : def.Max);
                    if (clamped != d)
                    {
                        ctx?.AddWarning(MySqlErrorInfo.Of(ErrorCode.ER_TRUNCATED_WRONG_VALUE).Warning(def.Name, shown));
                    }
                    return def.Type == VariableType.UInt ? SqlValue.FromUInt((ulong)clamped) : SqlValue.FromInt((long)clamped);
                }
            case VariableType.Double:
                if (value.IsNull)
                {
                    throw MySqlErrors.WrongTypeForVar(def.Name);
                }
                return SqlValue.FromDouble(ValueConversion.ToDouble(value, null));
            case VariableType.Enum:
                {
                    if (value.IsNull)
                    {
                        throw MySqlErrors.WrongValueForVar(def.Name, "NULL");
                    }
                    var values = def.Values ?? [];
                    if (value.IsNumeric)
                    {
                        long i = ValueConversion.ToInt64(value, null);
                        return i >= 0 && i < values.Length ? SqlValue.FromString(values[i]) : throw MySqlErrors.WrongValueForVar(def.Name, shown);
                    }
                    foreach (var v in values)
                    {
                        if (string.Equals(v, shown, StringComparison.OrdinalIgnoreCase) || string.Equals(v.Replace('-', ' '), shown, StringComparison.OrdinalIgnoreCase))
                        {
                            return SqlValue.FromString(v);
                        }
                    }
                    throw MySqlErrors.WrongValueForVar(def.Name, shown);
                }
            case VariableType.SqlMode:
                {
                    if (value.IsNull)
                    {
                        throw MySqlErrors.WrongValueForVar(def.Name, "NULL");
                    }
                    if (!SqlModes.TryParse(shown, out var mode, out _))
                    {
                        throw MySqlErrors.WrongValueForVar(def.Name, shown);
                    }
                    return SqlValue.FromString(SqlModes.Format(mode));
                }
            default:
                if (value.IsNull)
                {
                    return def.Name is "character_set_results" or "init_connect" ? SqlValue.Null : throw MySqlErrors.WrongValueForVar(def.Name, "NULL");
                }
                return ValidateString(def, shown);
        }
    }

    private static SqlValue ValidateString(SystemVariableDefinition def, string text)
    {
        if (def.Name.StartsWith("character_set_", StringComparison.Ordinal) && def.Name != "character_set_filesystem")
        {
            if (!Collation.TryGetDefaultForCharset(text, out var c))
            {
                throw MySqlErrors.UnknownCharacterSet(text);
            }
            return SqlValue.FromString(c.Charset);
        }
        if (def.Name.StartsWith("collation_", StringComparison.Ordinal) || def.Name == "default_collation_for_utf8mb4")
        {
            if (!Collation.TryGetByName(text, out var c))
            {
                throw MySqlErrors.UnknownCollation(text);
            }
            return SqlValue.FromString(c.Name);
        }
        return SqlValue.FromString(text);
    }

    /// <summary>SHOW VARIABLES text (ON/OFF for booleans, '' for NULL).</summary>
    public static string Display(SystemVariableDefinition def, SqlValue value)
    {
        if (value.IsNull)
        {
            return "";
        }
        if (def.Type == VariableType.Bool)
        {
            return ValueConversion.ToInt64(value, null) != 0 ? "ON" : "OFF";
        }
        if (def.Type == VariableType.Double)
        {
            return value.AsDouble.ToString("F6", CultureInfo.InvariantCulture);
        }
        return ValueConversion.ToText(value);
    }
}
