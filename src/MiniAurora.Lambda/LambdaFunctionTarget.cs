using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;

namespace MiniAurora.Lambda;

/// <summary>
/// A parsed Invoke <c>FunctionName</c>: a name (<c>my-fn</c>), a partial ARN (<c>123456789012:function:my-fn</c>)
/// or a full ARN (<c>arn:aws:lambda:us-west-2:123456789012:function:my-fn</c>), each optionally followed by
/// <c>:qualifier</c> (a version, an alias or <c>$LATEST</c>). Rules follow the API_Invoke page: name 1–64
/// characters of <c>[a-zA-Z0-9-_]</c>, whole value at most 170 characters, qualifier 1–128 characters of
/// <c>[a-zA-Z0-9$_-]</c>.
/// </summary>
/// <param name="Name">The bare function name.</param>
/// <param name="Qualifier">The version or alias, or null for <c>$LATEST</c>.</param>
/// <param name="Region">The region named by a full ARN, else null (the caller's default region applies).</param>
/// <param name="AccountId">The 12-digit account from a (partial) ARN, else null.</param>
/// <param name="Partition">The ARN partition (<c>aws</c>, <c>aws-cn</c>, <c>aws-us-gov</c>), else null.</param>
public sealed record LambdaFunctionTarget(string Name, string? Qualifier, string? Region, string? AccountId, string? Partition)
{
    public const int MaxLength = 170;
    public const int MaxNameLength = 64;
    public const int MaxQualifierLength = 128;

    // Anchored form of the API's pattern, one group per part so the parts can be read back.
    private static readonly Regex s_pattern = new(
        @"^(?:arn:(?<partition>aws[a-zA-Z-]*):lambda:(?<region>[a-z]{2}(?:-gov|-iso[a-z]?)?-[a-z]+-\d{1}):)?" +
        @"(?:(?<account>\d{12}):function:)?" +
        @"(?<name>[a-zA-Z0-9\-_]+)" +
        @"(?::(?<qualifier>\$LATEST|[a-zA-Z0-9\-_]+))?$",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);

    /// <summary>The value to put in the request path: the caller's form without the qualifier.</summary>
    public string PathName => AccountId is null
        ? Name
        : Region is null ? $"{AccountId}:function:{Name}" : $"arn:{Partition}:lambda:{Region}:{AccountId}:function:{Name}";

    /// <summary>The ARN the function would have in <paramref name="defaultRegion"/> / <paramref name="defaultAccount"/>.</summary>
    public string ToArn(string defaultRegion, string defaultAccount = "000000000000") =>
        $"arn:{Partition ?? "aws"}:lambda:{Region ?? defaultRegion}:{AccountId ?? defaultAccount}:function:{Name}" +
        (Qualifier is null ? "" : ":" + Qualifier);

    public override string ToString() => Qualifier is null ? PathName : PathName + ":" + Qualifier;

    /// <summary>Parses a function name or ARN; throws 1873 with a clear text when it is not one.</summary>
    public static LambdaFunctionTarget Parse(string value) =>
        TryParse(value, out var target, out var error) ? target : throw LambdaApiException.InvalidRequest(error).ToMySqlException();

    public static bool TryParse(string? value, [NotNullWhen(true)] out LambdaFunctionTarget? target, [NotNullWhen(false)] out string? error)
    {
        target = null;
        if (string.IsNullOrEmpty(value))
        {
            error = "InvalidParameterValueException: the function name or ARN is empty";
            return false;
        }
        if (value.Length > MaxLength)
        {
            error = $"InvalidParameterValueException: the function name or ARN is longer than {MaxLength} characters";
            return false;
        }
        var m = s_pattern.Match(value);
        if (!m.Success)
        {
            error = $"InvalidParameterValueException: '{value}' is not a function name, partial ARN or Lambda function ARN";
            return false;
        }
        if (m.Groups["region"].Success && !m.Groups["account"].Success)
        {
            error = $"InvalidParameterValueException: '{value}' is not a function name, partial ARN or Lambda function ARN";
            return false;
        }
        string name = m.Groups["name"].Value;
        if (name.Length > MaxNameLength)
        {
            error = $"InvalidParameterValueException: function name '{name}' is longer than {MaxNameLength} characters";
            return false;
        }
        string? qualifier = m.Groups["qualifier"].Success ? m.Groups["qualifier"].Value : null;
        if (qualifier is { Length: > MaxQualifierLength })
        {
            error = $"InvalidParameterValueException: qualifier is longer than {MaxQualifierLength} characters";
            return false;
        }
        target = new LambdaFunctionTarget(
            name,
            qualifier,
            m.Groups["region"].Success ? m.Groups["region"].Value : null,
            m.Groups["account"].Success ? m.Groups["account"].Value : null,
            m.Groups["partition"].Success ? m.Groups["partition"].Value : null);
        error = null;
        return true;
    }
}
