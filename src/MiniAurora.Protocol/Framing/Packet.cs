using System.Buffers;

namespace MiniAurora.Protocol.Framing;

/// <summary>
/// One logical packet (continuations already joined). <see cref="Payload"/> is valid until the reader's
/// next AdvanceTo, or until <see cref="Dispose"/> when the payload was copied into a pooled array.
/// </summary>
public readonly struct Packet : IDisposable
{
    private readonly byte[]? _rented;

    internal Packet(ReadOnlyMemory<byte> payload, byte lastSequenceId, byte[]? rented)
    {
        Payload = payload;
        LastSequenceId = lastSequenceId;
        _rented = rented;
    }

    public ReadOnlyMemory<byte> Payload { get; }

    /// <summary>The sequence id of the last physical packet; the reply continues with this plus one.</summary>
    public byte LastSequenceId { get; }

    public void Dispose()
    {
        if (_rented is not null)
        {
            ArrayPool<byte>.Shared.Return(_rented);
        }
    }
}
