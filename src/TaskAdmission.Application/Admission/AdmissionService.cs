using TaskAdmission.Application.Common;
using TaskAdmission.Application.Lists;
using TaskAdmission.Application.Persistence;
using TaskAdmission.Core.Admission.Precheck;
using TaskAdmission.Core.Common;
using TaskAdmission.Core.Lists;
using TaskAdmission.Workflows.Execution;
using TaskAdmission.Workflows.Persistence;

namespace TaskAdmission.Application.Admission;

/// <summary>
/// The admission use cases: pre-check, drafts, sign-off, submission, decisions, withdrawal. Each command is one
/// transaction holding the domain rows, the audit rows and the workflow step (the engine's EF store shares the context).
/// </summary>
public sealed partial class AdmissionService(
    AppDbContext db,
    PrecheckService prechecker,
    WorkflowEngine engine,
    IWorkflowStore store,
    Common.AuditLog audit,
    ChinaClock clock,
    DataFields.DataFieldService fields,
    RevisionLog revisions)
{
    public const string ProcessId = "task_admission";

    public DateOnly Today => clock.Today;

    /// <summary>Checks a request without storing anything; throws <see cref="RefusalException"/> (Invalid) for bad fields or codes.</summary>
    public Task<PrecheckPreparation> PrecheckAsync(PrecheckRequest request, AppLanguage language, CancellationToken ct = default) =>
        prechecker.PrecheckAsync(request, language, null, ct);

    /// <summary>Early signals from a title and description while the form is incomplete (see <see cref="PrecheckService.EarlySignalsAsync"/>).</summary>
    public Task<PrecheckResult?> EarlySignalsAsync(string title, string description, string departmentCode, IReadOnlyList<string> targets, AppLanguage language, CancellationToken ct = default) =>
        prechecker.EarlySignalsAsync(title, description, departmentCode, targets, Today, language, ct);

    private Task<PrecheckContext> BuildContextAsync(PrecheckRequest request, Guid? ignoreSubmission, CancellationToken ct) =>
        prechecker.BuildContextAsync(request, ignoreSubmission, ct);
}
