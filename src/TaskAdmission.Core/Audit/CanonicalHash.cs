using System.Buffers;
using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace TaskAdmission.Core.Audit;

/// <summary>
/// SHA-256 over a tag and a list of text fields, each written as a 4-byte big-endian length and its UTF-8 bytes (a
/// missing value has length 0xFFFFFFFF): unambiguous whatever characters the fields hold, and easy to recompute
/// outside the app (docs/security.md).
/// </summary>
internal sealed class CanonicalHash
{
    private readonly ArrayBufferWriter<byte> buffer = new(512);

    public CanonicalHash(ReadOnlySpan<byte> tag) => buffer.Write(tag);

    public CanonicalHash Add(string? value)
    {
        Span<byte> length = stackalloc byte[4];
        if (value is null)
        {
            BinaryPrimitives.WriteUInt32BigEndian(length, uint.MaxValue);
            buffer.Write(length);
            return this;
        }
        var count = Encoding.UTF8.GetByteCount(value);
        BinaryPrimitives.WriteUInt32BigEndian(length, (uint)count);
        buffer.Write(length);
        Encoding.UTF8.GetBytes(value, buffer.GetSpan(count));
        buffer.Advance(count);
        return this;
    }

    public string Hex()
    {
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(buffer.WrittenSpan, hash);
        return Convert.ToHexStringLower(hash);
    }
}
