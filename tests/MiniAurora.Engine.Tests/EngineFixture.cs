using MiniAurora.Core.Errors;
using MiniAurora.Core.Values;

namespace MiniAurora.Engine.Tests;

/// <summary>An in-memory engine with one session; helpers to run SQL and assert results and error codes.</summary>
internal sealed class EngineFixture : IAsyncDisposable
{
    private EngineFixture(EngineInstance engine, Session session)
    {
        Engine = engine;
        Session = session;
    }

    public EngineInstance Engine { get; }

    public Session Session { get; }

    private static ulong s_nextId = 100;

    public static async Task<EngineFixture> CreateAsync(string? database = "test")
    {
        var engine = await EngineInstance.OpenAsync(new EngineOptions { DataDirectory = null }, CancellationToken.None);
        var session = engine.CreateSession(new SessionOptions(Interlocked.Increment(ref s_nextId), "root", "localhost", "127.0.0.1:5000"));
        var fixture = new EngineFixture(engine, session);
        if (database is not null)
        {
            await fixture.ExecAsync($"CREATE DATABASE {database}");
            await fixture.ExecAsync($"USE {database}");
        }
        return fixture;
    }

    public Session NewSession(string? database = "test") =>
        Engine.CreateSession(new SessionOptions(Interlocked.Increment(ref s_nextId), "root", "localhost", "127.0.0.1:5001", database));

    public async Task<List<CapturedResult>> RunAsync(string sql, Session? session = null, bool multi = true)
    {
        session ??= Session;
        var sink = new CapturingSink(session);
        await session.ExecuteAsync(sql, sink, multi, CancellationToken.None);
        return sink.Results;
    }

    public async Task ExecAsync(string sql, Session? session = null) => await RunAsync(sql, session);

    public async Task<CapturedResult> QueryAsync(string sql, Session? session = null)
    {
        var results = await RunAsync(sql, session);
        Assert.That(results, Has.Count.EqualTo(1));
        return results[0];
    }

    public async Task<string> ScalarAsync(string sql, Session? session = null) => (await QueryAsync(sql, session)).Scalar;

    public async Task<List<string[]>> RowsAsync(string sql, Session? session = null) => (await QueryAsync(sql, session)).Text;

    public async Task<ErrorCode> ErrorAsync(string sql, Session? session = null)
    {
        try
        {
            await RunAsync(sql, session);
        }
        catch (MiniAuroraException e)
        {
            return e.Code;
        }
        Assert.Fail("expected an error from: " + sql);
        return default;
    }

    public async Task<CapturedResult> ExecutePreparedAsync(int id, params SqlValue[] parameters)
    {
        var sink = new CapturingSink(Session);
        await Session.ExecutePreparedAsync(id, parameters, sink, CancellationToken.None);
        return sink.Results.Single();
    }

    public async ValueTask DisposeAsync()
    {
        Session.Dispose();
        await Engine.DisposeAsync();
    }
}
