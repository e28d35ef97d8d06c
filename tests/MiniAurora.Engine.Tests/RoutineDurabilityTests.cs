namespace MiniAurora.Engine.Tests;

/// <summary>Procedures, functions and triggers survive a restart: stored as CREATE text and re-parsed on first use.</summary>
[TestFixture]
public sealed class RoutineDurabilityTests
{
    [Test]
    public async Task RoutinesAndTriggers_SurviveReopen()
    {
        var dir = Path.Combine(Path.GetTempPath(), "ma-routines-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        try
        {
            await using (var engine = await EngineInstance.OpenAsync(new EngineOptions { DataDirectory = dir }, CancellationToken.None))
            {
                var session = engine.CreateSession(new SessionOptions(1, "root", "localhost", "127.0.0.1:5000"));
                foreach (var sql in new[]
                {
                    "create database d", "use d", "create table t (id int primary key, n int)",
                    "create procedure p(in a int, out b int) set b = a * 2",
                    "create function f(x int) returns int return x + 100",
                    "create trigger tr before insert on t for each row set new.n = f(new.id)",
                })
                {
                    await session.ExecuteAsync(sql, new CapturingSink(session), false, CancellationToken.None);
                }
            }
            await using (var engine = await EngineInstance.OpenAsync(new EngineOptions { DataDirectory = dir }, CancellationToken.None))
            {
                var session = engine.CreateSession(new SessionOptions(2, "root", "localhost", "127.0.0.1:5000", "d"));
                await session.ExecuteAsync("call p(21, @b)", new CapturingSink(session), false, CancellationToken.None);
                await session.ExecuteAsync("insert into t (id) values (1)", new CapturingSink(session), false, CancellationToken.None);
                var sink = new CapturingSink(session);
                await session.ExecuteAsync("select @b, n from t", sink, false, CancellationToken.None);
                Assert.That(sink.Results.Single().Text, Is.EqualTo(new[] { new[] { "42", "101" } }));
            }
        }
        finally
        {
            Directory.Delete(dir, true);
        }
    }
}
