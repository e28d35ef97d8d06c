namespace MiniAurora.Security.Authentication;

/// <summary>The authentication plugins MiniAurora speaks, by the names MySQL uses on the wire and in mysql.user.</summary>
public static class AuthPluginNames
{
    public const string NativePassword = "mysql_native_password";

    public const string CachingSha2Password = "caching_sha2_password";

    /// <summary>Aurora MySQL 3 keeps mysql_native_password as its default plugin (lambda-facts.md 1.1).</summary>
    public const string Default = NativePassword;

    public static bool IsSupported(string plugin) => plugin is NativePassword or CachingSha2Password;
}
