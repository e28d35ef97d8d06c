namespace MiniAurora.Protocol.Authentication;

/// <summary>Authentication plugin names as they appear on the wire.</summary>
public static class AuthPlugins
{
    public const string NativePassword = "mysql_native_password";
    public const string CachingSha2Password = "caching_sha2_password";
}
