using System.Buffers.Binary;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;

namespace MiniAurora.Lambda.Core;

/// <summary>
/// The bytes of a Lambda invocation in the storage outbox (record type <see cref="RecordType"/>), so the engine
/// can write <c>lambda_async</c> calls in the transaction's commit and feed them back after commit or recovery.
/// Format (stable, append-only versions): <c>u8 version=1 | u16 LE name length | name UTF-8 | payload bytes</c>.
/// </summary>
public static class OutboxInvocationCodec
{
    /// <summary>The outbox record type of a Lambda Event invocation.</summary>
    public const int RecordType = 1;

    private const byte Version = 1;

    /// <summary>
    /// What <c>lambda_async</c> writes to the transaction's outbox: validates the name and payload as Aurora does
    /// (1873 on a bad name, non-JSON payload or over 1 MB) and encodes them.
    /// </summary>
    public static byte[] EncodeValidated(string functionName, ReadOnlySpan<byte> payload)
    {
        LambdaFunctionTarget.Parse(functionName);
        LambdaRequest.ValidatePayload(payload, LambdaInvocationType.Event);
        return Encode(functionName, payload);
    }

    /// <summary>Encodes a validated function name and payload (validate first with <see cref="AsyncInvocation.Create"/>).</summary>
    public static byte[] Encode(string functionName, ReadOnlySpan<byte> payload)
    {
        int nameLength = Encoding.UTF8.GetByteCount(functionName);
        var bytes = new byte[3 + nameLength + payload.Length];
        bytes[0] = Version;
        BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(1), checked((ushort)nameLength));
        Encoding.UTF8.GetBytes(functionName, bytes.AsSpan(3));
        payload.CopyTo(bytes.AsSpan(3 + nameLength));
        return bytes;
    }

    /// <summary>
    /// Rebuilds the invocation of outbox record <paramref name="outboxId"/>: its id is <c>ob-{outboxId}</c> (stable across
    /// restarts, sent as the client context's invocation_id) and its <see cref="AsyncInvocation.Tag"/> is the boxed outbox id.
    /// </summary>
    public static bool TryDecode(long outboxId, ReadOnlyMemory<byte> record, [NotNullWhen(true)] out AsyncInvocation? invocation, [NotNullWhen(false)] out string? error)
    {
        invocation = null;
        var span = record.Span;
        if (span.Length < 3 || span[0] != Version)
        {
            error = "unknown Lambda outbox record version";
            return false;
        }
        int nameLength = BinaryPrimitives.ReadUInt16LittleEndian(span[1..]);
        if (span.Length < 3 + nameLength)
        {
            error = "truncated Lambda outbox record";
            return false;
        }
        string name = Encoding.UTF8.GetString(span.Slice(3, nameLength));
        if (!LambdaFunctionTarget.TryParse(name, out var target, out error))
        {
            return false;
        }
        invocation = new AsyncInvocation("ob-" + outboxId.ToString(CultureInfo.InvariantCulture), target, record[(3 + nameLength)..], outboxId);
        return true;
    }
}
