namespace TaskAdmission.Application.Villages;

/// <summary>A file a person chose to attach: its name as sent and its bytes (checked by content, not by name).</summary>
public sealed record FileUpload(string FileName, byte[] Content);
