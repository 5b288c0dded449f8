using TaskAdmission.Application.Lists;
using TaskAdmission.Core.Common;

namespace TaskAdmission.Web.Features.Lists;

/// <summary>What the import result fragment shows: an upload problem (resource key), the import's refusal, or its outcome.</summary>
public sealed record ListImportView(
    string FileName, ListFileFormat Format, ListImportOutcome? Outcome, string? UploadProblem = null, object[]? UploadArguments = null, RefusalException? Refusal = null);
