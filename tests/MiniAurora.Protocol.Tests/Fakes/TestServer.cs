using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using MiniAurora.Protocol.Authentication;

namespace MiniAurora.Protocol.Tests.Fakes;

/// <summary>A minimal loopback server: accepts sockets and runs a <see cref="ProtocolConnection"/> per client.</summary>
internal sealed class TestServer : IAsyncDisposable
{
    private static readonly Lazy<X509Certificate2> s_certificate = new(CreateCertificate);
    private static readonly Lazy<RSA> s_rsa = new(() => RSA.Create(2048));

    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly List<Task> _connections = [];
    private readonly Task _acceptLoop;
    private uint _nextId = 100;
    private bool _disposed;

    public TestServer(ProtocolServerOptions? options = null, FakeAccounts? accounts = null)
    {
        Options = options ?? new ProtocolServerOptions { Certificate = s_certificate.Value, RsaKey = s_rsa.Value };
        Accounts = accounts ?? DefaultAccounts();
        _listener.Start();
        _acceptLoop = AcceptLoopAsync();
    }

    public ProtocolServerOptions Options { get; }

    public FakeAccounts Accounts { get; }

    public FakeHandlerFactory Factory { get; } = new();

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    public static X509Certificate2 Certificate => s_certificate.Value;

    public static RSA RsaKey => s_rsa.Value;

    public string ConnectionString(string user = "root", string password = "", string extra = "") =>
        $"Server=127.0.0.1;Port={Port};User ID={user};Password={password};Pooling=false;{extra}";

    public static FakeAccounts DefaultAccounts() => new FakeAccounts()
        .Add("root", AuthPlugins.NativePassword, "")
        .Add("native", AuthPlugins.NativePassword, "secret")
        .Add("sha2", AuthPlugins.CachingSha2Password, "s3cret-sha")
        .Add("sha2empty", AuthPlugins.CachingSha2Password, "");

    private async Task AcceptLoopAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            Socket socket;
            try
            {
                socket = await _listener.AcceptSocketAsync(_stop.Token);
            }
            catch (Exception)
            {
                return;
            }
            var connection = new ProtocolConnection(Options, Accounts, Factory, _nextId++, "localhost");
            lock (_connections)
            {
                _connections.Add(RunAsync(connection, socket));
            }
        }
    }

    private async Task RunAsync(ProtocolConnection connection, Socket socket)
    {
        await using var stream = new NetworkStream(socket, ownsSocket: true);
        await connection.RunAsync(stream, _stop.Token);
    }

    /// <summary>Waits until every connection task has ended (they must end on their own; none may fault).</summary>
    public async Task WaitForConnectionsAsync(TimeSpan timeout)
    {
        Task[] tasks;
        lock (_connections)
        {
            tasks = [.. _connections];
        }
        await Task.WhenAll(tasks).WaitAsync(timeout);
    }

    public async ValueTask DisposeAsync()
    {
        if (_disposed)
        {
            return;
        }
        _disposed = true;
        await _stop.CancelAsync();
        _listener.Stop();
        await _acceptLoop;
        Task[] tasks;
        lock (_connections)
        {
            tasks = [.. _connections];
        }
        await Task.WhenAll(tasks).WaitAsync(TimeSpan.FromSeconds(10));
        _stop.Dispose();
    }

    private static X509Certificate2 CreateCertificate()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=MiniAurora test", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
        return X509CertificateLoader.LoadPkcs12(certificate.Export(X509ContentType.Pfx), null);
    }
}
