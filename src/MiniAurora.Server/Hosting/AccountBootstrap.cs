using Microsoft.Extensions.Logging;
using MiniAurora.Security.Accounts;
using MiniAurora.Security.Authentication;
using MiniAurora.Storage;
using MiniAurora.Storage.Catalog;
using MiniAurora.Storage.Catalog.Changes;

namespace MiniAurora.Server.Hosting;

/// <summary>
/// Loads the accounts kept in the catalog (as CREATE USER text) into the <see cref="AccountStore"/>, and on a
/// data directory without any creates root@localhost and root@127.0.0.1 — with an empty password unless one
/// is given, like <c>mysqld --initialize-insecure</c> — and says so in the log.
/// </summary>
internal static partial class AccountBootstrap
{
    public static async ValueTask LoadOrInitializeAsync(IStorageEngine storage, AccountStore store, string plugin, string? rootPassword,
        ILogger logger, CancellationToken ct)
    {
        var stored = storage.Catalog.GetObjects(CatalogObjectKind.Account).ToList();
        if (stored.Count > 0)
        {
            foreach (var obj in stored)
            {
                store.Upsert(AccountDefinition.Parse(obj.CreateText));
            }
            return;
        }

        if (!AuthPluginNames.IsSupported(plugin))
        {
            throw new ArgumentException($"--default-authentication-plugin={plugin} is not supported (use {AuthPluginNames.NativePassword} or {AuthPluginNames.CachingSha2Password})");
        }
        var password = rootPassword ?? "";
        var hash = plugin == AuthPluginNames.CachingSha2Password ? CachingSha2Password.Hash(password) : NativePassword.Hash(password);
        var changes = new List<CatalogChange>();
        foreach (var host in new[] { "localhost", "127.0.0.1" })
        {
            var account = new Account("root", host, plugin, hash);
            store.Upsert(account);
            changes.Add(new PutObject(new CatalogObject(CatalogObjectKind.Account, "", AccountDefinition.ObjectName("root", host), AccountDefinition.Format(account))));
        }
        await storage.ApplyDdlAsync(changes, ct);
        if (password.Length == 0)
        {
            LogInsecureRoot(logger, plugin);
        }
        else
        {
            LogRootWithPassword(logger, plugin);
        }
    }

    [LoggerMessage(EventId = 1010, Level = LogLevel.Warning,
        Message = "root@localhost and root@127.0.0.1 are created with an empty password ({Plugin})! Please consider switching off the --initialize-insecure option.")]
    private static partial void LogInsecureRoot(ILogger logger, string plugin);

    [LoggerMessage(EventId = 1011, Level = LogLevel.Information,
        Message = "root@localhost and root@127.0.0.1 are created with the password given by --initial-root-password ({Plugin})")]
    private static partial void LogRootWithPassword(ILogger logger, string plugin);
}
