using MiniAurora.Core.Errors;

namespace MiniAurora.Protocol.Tests.Fakes;

internal sealed class FakeHandlerFactory : IProtocolHandlerFactory
{
    public List<FakeHandler> Created { get; } = [];

    public TimeSpan WaitTimeout { get; set; } = TimeSpan.FromHours(8);

    public ValueTask<IProtocolHandler> CreateHandlerAsync(ProtocolSession session, CancellationToken cancellationToken)
    {
        if (session.Database == "nosuchdb")
        {
            throw MySqlErrors.BadDbError(session.Database);
        }
        var handler = new FakeHandler(session) { WaitTimeout = WaitTimeout };
        lock (Created)
        {
            Created.Add(handler);
        }
        return ValueTask.FromResult<IProtocolHandler>(handler);
    }
}
