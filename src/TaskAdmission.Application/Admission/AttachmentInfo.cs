namespace TaskAdmission.Application.Admission;

/// <summary>An attachment without its bytes, for lists.</summary>
public sealed record AttachmentInfo(Guid Id, Guid SubmissionId, string FileName, string ContentType, long SizeBytes, string UploadedBy, DateTime UploadedAtUtc);
