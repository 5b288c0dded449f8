using System.Text;
using System.Text.RegularExpressions;

namespace TaskAdmission.Workflows.Parsing;

/// <summary>
/// Turns the bytes of a BPMN file into text the way an XML reader would: a byte-order mark decides the encoding, else
/// the XML declaration's <c>encoding</c> (Flowable and Activiti modellers in China save <c>GBK</c> files), else UTF-8.
/// Bytes that are not valid in that encoding are refused with their line instead of being replaced silently, since a
/// corrupted name or condition text (<c>${dept == '财务部'}</c>) would otherwise deploy and never match.
/// </summary>
public static partial class BpmnFileText
{
    static BpmnFileText() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>Decodes <paramref name="bytes"/>; on failure returns null and a problem for element <c>document</c>.</summary>
    public static string? Decode(byte[] bytes, out ParseProblem? problem)
    {
        problem = null;
        var (encoding, skip) = FromByteOrderMark(bytes);
        var declared = encoding is null ? DeclaredEncoding(bytes) : null;
        if (encoding is null)
        {
            skip = 0;
            if (declared is null)
            {
                encoding = new UTF8Encoding(false, true);
            }
            else
            {
                try
                {
                    encoding = Encoding.GetEncoding(declared, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
                }
                catch (ArgumentException)
                {
                    problem = new ParseProblem("document", 1, $"the XML declaration names encoding '{declared}', which is not known; save the file as UTF-8");
                    return null;
                }
            }
        }

        try
        {
            return encoding.GetString(bytes, skip, bytes.Length - skip);
        }
        catch (DecoderFallbackException e)
        {
            var offset = skip + Math.Max(0, e.Index);
            var line = 1 + CountNewlines(bytes, skip, Math.Min(offset, bytes.Length) - skip, encoding);
            var name = encoding is UTF8Encoding ? "UTF-8" : encoding.WebName;
            var bad = e.BytesUnknown is { Length: > 0 } unknown ? string.Join(" ", unknown.Select(b => $"0x{b:X2}")) : "a byte";
            problem = new ParseProblem("document", line,
                $"{bad} is not valid {name} (the file {(declared is null ? "declares no encoding, which means UTF-8" : $"declares encoding '{declared}'")}); save the file as UTF-8 or declare its real encoding");
            return null;
        }
    }

    /// <summary>Reads and decodes a file; I/O errors propagate.</summary>
    public static string? Read(string path, out ParseProblem? problem) => Decode(File.ReadAllBytes(path), out problem);

    private static (Encoding? Encoding, int Skip) FromByteOrderMark(byte[] b) => b switch
    {
        [0xEF, 0xBB, 0xBF, ..] => (new UTF8Encoding(false, true), 3),
        [0xFF, 0xFE, 0x00, 0x00, ..] => (new UTF32Encoding(false, false, true), 4),
        [0x00, 0x00, 0xFE, 0xFF, ..] => (new UTF32Encoding(true, false, true), 4),
        [0xFF, 0xFE, ..] => (new UnicodeEncoding(false, false, true), 2),
        [0xFE, 0xFF, ..] => (new UnicodeEncoding(true, false, true), 2),
        _ => (null, 0),
    };

    /// <summary>The encoding named by an ASCII-compatible XML declaration, or null.</summary>
    private static string? DeclaredEncoding(byte[] bytes)
    {
        var head = Encoding.ASCII.GetString(bytes, 0, Math.Min(bytes.Length, 200));
        var match = Declaration().Match(head);
        return match.Success ? match.Groups[1].Value : null;
    }

    private static int CountNewlines(byte[] bytes, int start, int count, Encoding encoding)
    {
        // The text before the bad byte decoded fine, so count its line breaks in the decoded text.
        try
        {
            return encoding.GetString(bytes, start, Math.Max(0, count)).Count(c => c == '\n');
        }
        catch (DecoderFallbackException)
        {
            return bytes.Skip(start).Take(count).Count(b => b == (byte)'\n');
        }
    }

    [GeneratedRegex("""^\s*<\?xml[^>]*?\bencoding\s*=\s*["']([A-Za-z0-9._:-]+)["']""")]
    private static partial Regex Declaration();
}
