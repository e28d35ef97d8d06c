using MiniAurora.Security.Authentication;

namespace MiniAurora.Security.Accounts;

/// <summary>
/// The set of accounts, held as an immutable sorted snapshot that is swapped on change, so
/// logins read it without locks. Matching follows MySQL: the first account, in order of host
/// specificity and then non-anonymous before anonymous, whose host and user match wins.
/// </summary>
public sealed class AccountStore
{
    private readonly object _writeLock = new();
    private volatile Account[] _sorted = [];

    public CachingSha2Password Sha2 { get; } = new();

    public IReadOnlyList<Account> All => _sorted;

    public Account? Find(string user, string host)
    {
        foreach (var a in _sorted)
        {
            if (a.User == user && string.Equals(a.Host, host, StringComparison.OrdinalIgnoreCase))
            {
                return a;
            }
        }
        return null;
    }

    /// <summary>The account a connecting client authenticates as, or null when none matches.</summary>
    public Account? Match(string user, string clientHostName, string clientAddress)
    {
        foreach (var a in _sorted)
        {
            if ((a.IsAnonymous || a.User == user) && a.HostPattern.Matches(clientHostName, clientAddress))
            {
                return a;
            }
        }
        return null;
    }

    public void Upsert(Account account)
    {
        lock (_writeLock)
        {
            var list = _sorted.Where(a => !(a.User == account.User && string.Equals(a.Host, account.Host, StringComparison.OrdinalIgnoreCase))).ToList();
            list.Add(account);
            Publish(list);
        }
        Sha2.Forget(account.User + "@" + account.Host);
    }

    public bool Remove(string user, string host)
    {
        lock (_writeLock)
        {
            var list = _sorted.Where(a => !(a.User == user && string.Equals(a.Host, host, StringComparison.OrdinalIgnoreCase))).ToList();
            bool removed = list.Count != _sorted.Length;
            Publish(list);
            return removed;
        }
    }

    private void Publish(List<Account> list)
    {
        list.Sort(static (x, y) =>
        {
            int c = y.HostPattern.Specificity.CompareTo(x.HostPattern.Specificity);
            if (c != 0)
            {
                return c;
            }
            c = x.IsAnonymous.CompareTo(y.IsAnonymous);
            return c != 0 ? c : string.CompareOrdinal(x.User, y.User);
        });
        _sorted = [.. list];
    }
}
