using System.Globalization;

namespace MiniAurora.Conformance;

/// <summary>Options shared by every suite: where the server is, and what to run.</summary>
internal sealed class CommandLine
{
    public string Host { get; private set; } = "127.0.0.1";

    public int Port { get; private set; } = 3306;

    public string User { get; private set; } = "root";

    public string Password { get; private set; } = "";

    public string Database { get; private set; } = "slt";

    public string? FailuresFile { get; private set; }

    public int ShowFailures { get; private set; } = 10;

    public List<string> Paths { get; } = [];

    public ServerEndpoint Endpoint => new(Host, Port, User, Password);

    public static CommandLine Parse(IReadOnlyList<string> args)
    {
        var cl = new CommandLine();
        for (int i = 0; i < args.Count; i++)
        {
            string Next() => i + 1 < args.Count ? args[++i] : throw new ArgumentException($"{args[i]} needs a value");
            var arg = args[i];
            string? inline = null;
            int eq = arg.IndexOf('=', StringComparison.Ordinal);
            if (arg.StartsWith("--", StringComparison.Ordinal) && eq > 0)
            {
                inline = arg[(eq + 1)..];
                arg = arg[..eq];
            }
            string Value() => inline ?? Next();
            switch (arg)
            {
                case "--host": cl.Host = Value(); break;
                case "--port": cl.Port = int.Parse(Value(), CultureInfo.InvariantCulture); break;
                case "--user": cl.User = Value(); break;
                case "--password": cl.Password = Value(); break;
                case "--database": cl.Database = Value(); break;
                case "--failures": cl.FailuresFile = Value(); break;
                case "--show-failures": cl.ShowFailures = int.Parse(Value(), CultureInfo.InvariantCulture); break;
                default:
                    if (arg.StartsWith("--", StringComparison.Ordinal))
                    {
                        throw new ArgumentException($"unknown option {arg}");
                    }
                    cl.Paths.Add(arg);
                    break;
            }
        }
        return cl;
    }
}
