using TaskAdmission.Core.Purchase;

namespace TaskAdmission.Application.Purchase;

/// <summary>A purchase file without its bytes.</summary>
public sealed record PurchaseFileInfo(Guid Id, PurchaseFileUse Use, Guid? ReportId, string FileName, long SizeBytes, string UploadedBy, DateTime UploadedAtUtc);
