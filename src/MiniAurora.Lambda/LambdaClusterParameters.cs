using System.Globalization;
using MiniAurora.Core.Errors;

namespace MiniAurora.Lambda;

/// <summary>
/// The cluster parameters of the Lambda subsystem, as a table (name, type, default, allowed values, dynamic), and
/// their application to <see cref="LambdaOptions"/>. The server's parameter group owns loading, SIGHUP and the
/// read-only global variables; this class owns what the values mean. Dynamic ones can be re-applied to a running
/// server by rebuilding the transport; static ones need a restart.
/// </summary>
public static class LambdaClusterParameters
{
    public static IReadOnlyList<LambdaParameterDefinition> Definitions { get; } =
    [
        new("aws_default_lambda_role", "string", "", null, true, "IAM role ARN assumed (STS AssumeRole) for Lambda calls; empty: calls fail with Missing Credentials"),
        new("aws_associated_roles", "list", "", null, true, "IAM role ARNs associated with the cluster (comma-separated)"),
        new("aws_lambda_endpoint", "string", "", null, false, "Lambda endpoint URL; empty: AWS_ENDPOINT_URL_LAMBDA, else the embedded local endpoint"),
        new("aws_sts_endpoint", "string", "", null, false, "STS endpoint URL; empty: AWS_ENDPOINT_URL_STS, else the Lambda endpoint's host when local"),
        new("aws_lambda_region", "string", "us-east-1", null, false, "Region for function names without one"),
        new("aws_lambda_sync_timeout_ms", "integer", "30000", "1-900000", true, "Per-attempt timeout of lambda_sync"),
        new("aws_lambda_async_timeout_ms", "integer", "10000", "1-900000", true, "Per-attempt timeout of an Event delivery"),
        new("aws_lambda_sync_concurrency", "integer", "64", "1-10000", false, "Concurrent lambda_sync calls"),
        new("aws_lambda_async_concurrency", "integer", "16", "1-10000", false, "Concurrent Event deliveries"),
        new("aws_lambda_function_concurrency", "integer", "8", "0-10000", false, "Concurrent Event deliveries per function (0: no per-function cap)"),
        new("aws_lambda_max_attempts", "integer", "6", "1-1000", true, "Attempts per async invocation before dead-lettering"),
        new("aws_lambda_retry_base_ms", "integer", "200", "1-600000", true, "Base delay of the exponential backoff"),
        new("aws_lambda_retry_max_ms", "integer", "30000", "1-3600000", true, "Largest backoff delay"),
        new("aws_lambda_queue_size", "integer", "100000", "1-100000000", false, "Capacity of the async queue"),
        new("aws_lambda_queue_full", "enum", "wait", "wait,error", true, "When the async queue is full: wait for room, or fail with 1873"),
        new("aws_lambda_async_mode", "enum", "outbox", "outbox,immediate", false, "lambda_async: durable outbox after commit, or Aurora's immediate call"),
        new("aws_lambda_local_functions_dir", "string", "", null, false, "Embedded endpoint: folder of handler folders (empty: built-ins only)"),
        new("aws_lambda_local_port", "integer", "0", "0-65535", false, "Embedded endpoint: loopback port (0: any free port)"),
        new("aws_lambda_local_processes", "integer", "2", "1-256", false, "Embedded endpoint: handler processes per folder function"),
        new("aws_lambda_local_timeout_ms", "integer", "3000", "1-900000", false, "Embedded endpoint: default function timeout"),
    ];

    /// <summary>Applies the <c>aws_lambda_local_*</c> parameters (and the associated roles) to the embedded endpoint's options.</summary>
    public static Emulator.LocalEndpointOptions ApplyEmbedded(Emulator.LocalEndpointOptions options, IReadOnlyDictionary<string, string> values)
    {
        var o = options;
        foreach (var (name, raw) in values)
        {
            string v = raw.Trim();
            o = name switch
            {
                "aws_lambda_local_functions_dir" => o with { FunctionsDirectory = v.Length == 0 ? null : Path.GetFullPath(v) },
                "aws_lambda_local_port" => o with { Port = Int(name, v) },
                "aws_lambda_local_processes" => o with { ProcessesPerFunction = Int(name, v) },
                "aws_lambda_local_timeout_ms" => o with { DefaultTimeout = TimeSpan.FromMilliseconds(Int(name, v)) },
                "aws_associated_roles" => o with { Roles = v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) },
                "aws_lambda_region" when v.Length > 0 => o with { Region = v },
                _ => o,
            };
        }
        return o;
    }

    /// <summary>
    /// Applies parameter values (unknown names ignored, so the caller can pass the whole group) on top of
    /// <paramref name="options"/>. Invalid values throw 1231 (ER_WRONG_VALUE_FOR_VAR).
    /// </summary>
    public static LambdaOptions Apply(LambdaOptions options, IReadOnlyDictionary<string, string> values)
    {
        var o = options with { RequireRole = true };
        foreach (var (name, raw) in values)
        {
            string v = raw.Trim();
            o = name switch
            {
                "aws_default_lambda_role" => o with { RoleArn = v.Length == 0 ? null : v },
                "aws_associated_roles" => o with { AssociatedRoles = v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) },
                "aws_lambda_endpoint" => o with { LambdaEndpoint = v.Length == 0 ? null : Url(name, v) },
                "aws_sts_endpoint" => o with { StsEndpoint = v.Length == 0 ? null : Url(name, v) },
                "aws_lambda_region" => o with { DefaultRegion = v.Length == 0 ? null : v },
                "aws_lambda_sync_timeout_ms" => o with { SyncTimeout = TimeSpan.FromMilliseconds(Int(name, v)) },
                "aws_lambda_async_timeout_ms" => o with { AsyncTimeout = TimeSpan.FromMilliseconds(Int(name, v)) },
                "aws_lambda_sync_concurrency" => o with { SyncConcurrency = Int(name, v) },
                "aws_lambda_async_concurrency" => o with { AsyncConcurrency = Int(name, v) },
                "aws_lambda_function_concurrency" => o with { PerFunctionConcurrency = Int(name, v) },
                "aws_lambda_max_attempts" => o with { MaxAttempts = Int(name, v) },
                "aws_lambda_retry_base_ms" => o with { RetryBaseDelay = TimeSpan.FromMilliseconds(Int(name, v)) },
                "aws_lambda_retry_max_ms" => o with { RetryMaxDelay = TimeSpan.FromMilliseconds(Int(name, v)) },
                "aws_lambda_queue_size" => o with { AsyncQueueCapacity = Int(name, v) },
                "aws_lambda_queue_full" => o with { Backpressure = Enum<LambdaBackpressureMode>(name, v) },
                "aws_lambda_async_mode" => o with { AsyncMode = Enum<LambdaAsyncMode>(name, v) },
                _ => o,
            };
        }
        return o;
    }

    private static int Int(string name, string v)
    {
        var def = Definitions.First(d => d.Name == name);
        string[] range = def.Allowed!.Split('-');
        if (!int.TryParse(v, NumberStyles.Integer, CultureInfo.InvariantCulture, out int i)
            || i < int.Parse(range[0], CultureInfo.InvariantCulture) || i > int.Parse(range[1], CultureInfo.InvariantCulture))
        {
            throw MySqlErrors.WrongValueForVar(name, v);
        }
        return i;
    }

    private static T Enum<T>(string name, string v) where T : struct, System.Enum =>
        System.Enum.TryParse<T>(v, ignoreCase: true, out var e) && System.Enum.IsDefined(e) ? e : throw MySqlErrors.WrongValueForVar(name, v);

    private static Uri Url(string name, string v) =>
        Uri.TryCreate(v, UriKind.Absolute, out var u) && (u.Scheme == Uri.UriSchemeHttp || u.Scheme == Uri.UriSchemeHttps) ? u : throw MySqlErrors.WrongValueForVar(name, v);
}
