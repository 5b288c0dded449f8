using TaskAdmission.Application.Lists;

namespace TaskAdmission.Web.Features.Lists;

/// <summary>What the import result fragment shows: an upload problem (resource key), or the store's outcome.</summary>
public sealed record ListImportView(string FileName, ListFileFormat Format, ListImportOutcome? Outcome, string? UploadProblem = null, object[]? UploadArguments = null);
