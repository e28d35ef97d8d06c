using System.Globalization;
using System.Net;

namespace MiniAurora.Server.Configuration;

/// <summary>
/// Everything the host needs to start, from the command line (mysqld's option names) and an optional
/// defaults file's [mysqld] section. Options the host does not know itself (e.g. --max-connections,
/// --innodb-flush-log-at-trx-commit) become global system variable overrides for the engine.
/// The command line wins over the defaults file, as with mysqld.
/// </summary>
internal sealed class ServerOptions
{
    public int Port { get; private set; } = 3306;

    public IPAddress BindAddress { get; private set; } = IPAddress.Loopback;

    public string DataDirectory { get; private set; } = Path.GetFullPath("data");

    public string? DefaultsFilePath { get; private set; }

    public string? InitialRootPassword { get; private set; }

    /// <summary>Options passed on to the engine as global system variables (names normalised to snake_case).</summary>
    public Dictionary<string, string> VariableOverrides { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The [cluster] section of the defaults file, or --cluster-parameters, for the Lambda issue's parameter group.</summary>
    public string? ClusterParametersPath { get; private set; }

    public static ServerOptions Parse(IReadOnlyList<string> args)
    {
        var commandLine = new List<KeyValuePair<string, string>>();
        for (int i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (!arg.StartsWith("--", StringComparison.Ordinal))
            {
                throw new ArgumentException($"unknown argument '{arg}' (options look like --name=value)");
            }
            var body = arg[2..];
            int eq = body.IndexOf('=', StringComparison.Ordinal);
            string name, value;
            if (eq >= 0)
            {
                name = body[..eq];
                value = body[(eq + 1)..];
            }
            else if (i + 1 < args.Count && !args[i + 1].StartsWith("--", StringComparison.Ordinal) && TakesValue(body))
            {
                name = body;
                value = args[++i];
            }
            else
            {
                name = body;
                value = "1";
            }
            commandLine.Add(new(DefaultsFile.NormalizeName(name), value));
        }

        var options = new ServerOptions();
        var defaultsPath = commandLine.LastOrDefault(kv => kv.Key == "defaults_file").Value;
        if (defaultsPath is not null)
        {
            options.DefaultsFilePath = Path.GetFullPath(defaultsPath);
            var file = DefaultsFile.Load(options.DefaultsFilePath);
            foreach (var kv in file.Section("mysqld"))
            {
                options.Apply(kv.Key, kv.Value);
            }
            if (file.Section("cluster").Count > 0)
            {
                options.ClusterParametersPath = options.DefaultsFilePath;
            }
        }
        foreach (var kv in commandLine)
        {
            if (kv.Key != "defaults_file")
            {
                options.Apply(kv.Key, kv.Value);
            }
        }
        return options;
    }

    private static bool TakesValue(string name) => DefaultsFile.NormalizeName(name) is "port" or "bind_address" or "datadir" or "defaults_file" or "initial_root_password" or "cluster_parameters";

    private void Apply(string name, string value)
    {
        switch (name)
        {
            case "port":
                Port = int.Parse(value, CultureInfo.InvariantCulture);
                if (Port is < 0 or > 65535)
                {
                    throw new ArgumentException($"--port={value} is out of range");
                }
                break;
            case "bind_address":
                BindAddress = value is "localhost" ? IPAddress.Loopback : value is "*" ? IPAddress.Any : IPAddress.Parse(value);
                break;
            case "datadir":
                DataDirectory = Path.GetFullPath(value);
                break;
            case "initial_root_password":
                InitialRootPassword = value;
                break;
            case "cluster_parameters":
                ClusterParametersPath = Path.GetFullPath(value);
                break;
            default:
                VariableOverrides[name] = value;
                break;
        }
    }
}
