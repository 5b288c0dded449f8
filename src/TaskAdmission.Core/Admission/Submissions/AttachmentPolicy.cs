namespace TaskAdmission.Core.Admission.Submissions;

/// <summary>
/// Which files may be attached: PDF, PNG, JPEG and Office documents, recognised by their first bytes (not by the
/// name a browser sends), at most <see cref="MaxBytes"/>. Executables and scripts never pass, whatever they are called.
/// </summary>
public static class AttachmentPolicy
{
    public const long MaxBytes = 10L * 1024 * 1024;
    public const int MaxPerSubmission = 10;
    public const int FileNameMax = 200;

    private static readonly (string Extension, string ContentType, byte[] Magic)[] Types =
    [
        (".pdf", "application/pdf", "%PDF-"u8.ToArray()),
        (".png", "image/png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]),
        (".jpg", "image/jpeg", [0xFF, 0xD8, 0xFF]),
        (".jpeg", "image/jpeg", [0xFF, 0xD8, 0xFF]),
        (".docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", [0x50, 0x4B, 0x03, 0x04]),
        (".xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", [0x50, 0x4B, 0x03, 0x04]),
        (".doc", "application/msword", [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]),
        (".xls", "application/vnd.ms-excel", [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]),
    ];

    /// <summary>The content type to store, or an error code (AttachmentEmpty, AttachmentTooBig, AttachmentType, AttachmentName).</summary>
    public static (string? ContentType, string? Error) Check(string fileName, ReadOnlySpan<byte> content)
    {
        var name = Path.GetFileName(fileName ?? "");
        if (name.Length is 0 or > FileNameMax || name.IndexOfAny(Path.GetInvalidFileNameChars()) >= 0)
        {
            return (null, "AttachmentName");
        }
        if (content.Length == 0)
        {
            return (null, "AttachmentEmpty");
        }
        if (content.Length > MaxBytes)
        {
            return (null, "AttachmentTooBig");
        }
        var extension = Path.GetExtension(name).ToLowerInvariant();
        foreach (var (ext, type, magic) in Types)
        {
            if (ext == extension && content.StartsWith(magic))
            {
                return (type, null);
            }
        }
        return (null, "AttachmentType");
    }
}
