namespace MiniAurora.Conformance;

/// <summary>Where the suite connects: any MySQL-protocol server.</summary>
internal sealed record ServerEndpoint(string Host, int Port, string User, string Password)
{
    public string ConnectionString(string? database) =>
        $"Server={Host};Port={Port};User ID={User};Password={Password};SslMode=None;AllowPublicKeyRetrieval=true;Pooling=false;DefaultCommandTimeout=120"
        + (database is null ? "" : $";Database={database}");
}
