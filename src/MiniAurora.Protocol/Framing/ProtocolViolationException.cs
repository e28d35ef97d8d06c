namespace MiniAurora.Protocol.Framing;

/// <summary>What was wrong with the bytes a client sent.</summary>
public enum ProtocolViolation
{
    /// <summary>A payload was shorter than its fields, or a field was invalid.</summary>
    Malformed,

    /// <summary>A packet's sequence id was not the expected one (ER_NET_PACKETS_OUT_OF_ORDER).</summary>
    OutOfOrder,

    /// <summary>A packet exceeded max_allowed_packet (ER_NET_PACKET_TOO_LARGE).</summary>
    TooLarge,
}

/// <summary>
/// Thrown by the framing and payload readers for bytes that break the protocol. It never reaches a
/// handler: the connection answers as MySQL does (an ERR and/or closing) and never crashes.
/// </summary>
public sealed class ProtocolViolationException : Exception
{
    public ProtocolViolationException(ProtocolViolation violation, string message)
        : base(message)
    {
        Violation = violation;
    }

    public ProtocolViolation Violation { get; }

    internal static ProtocolViolationException Truncated() => new(ProtocolViolation.Malformed, "Packet is truncated.");
}
