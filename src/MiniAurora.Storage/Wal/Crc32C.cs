using System.Numerics;
using System.Runtime.InteropServices;

namespace MiniAurora.Storage.Wal;

/// <summary>
/// CRC-32C (Castagnoli), as used by the log and snapshot framing. <see cref="BitOperations.Crc32C(uint, ulong)"/>
/// uses the SSE4.2/ARM CRC instructions when present and a table otherwise.
/// </summary>
internal static class Crc32C
{
    public static uint Compute(ReadOnlySpan<byte> data)
    {
        uint crc = 0xFFFFFFFFu;
        var words = MemoryMarshal.Cast<byte, ulong>(data);
        foreach (var word in words)
        {
            crc = BitOperations.Crc32C(crc, BitConverter.IsLittleEndian ? word : System.Buffers.Binary.BinaryPrimitives.ReverseEndianness(word));
        }
        for (int i = words.Length * 8; i < data.Length; i++)
        {
            crc = BitOperations.Crc32C(crc, data[i]);
        }
        return ~crc;
    }
}
