using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using TaskAdmission.Application.Admission;
using TaskAdmission.Application.Calendar;
using TaskAdmission.Application.Clients;
using TaskAdmission.Application.Identity;
using TaskAdmission.Application.Persistence.Audit;
using TaskAdmission.Application.Persistence.Workflows.Entities;
using TaskAdmission.Application.Villages;
using TaskAdmission.Application.Workflows.Inbox;
using TaskAdmission.Core.Admission.Submissions;
using TaskAdmission.Core.Audit;
using TaskAdmission.Core.Burden;
using TaskAdmission.Core.Common;
using TaskAdmission.Core.DataFields;
using TaskAdmission.Core.Lists;
using TaskAdmission.Core.Notifications;
using TaskAdmission.Core.Organisation;
using TaskAdmission.Core.Purchase;
using TaskAdmission.Core.Security;
using TaskAdmission.Core.Villages;
using TaskAdmission.Core.Villages.Reports;

namespace TaskAdmission.Application.Persistence;

/// <summary>
/// The one unit of work of the app. Provider-neutral: <see cref="SqliteAppDbContext"/> and
/// <see cref="PostgresAppDbContext"/> exist only so each provider has its own migration set.
/// </summary>
public abstract class AppDbContext(DbContextOptions options) : IdentityDbContext<AppUser>(options), IDataProtectionKeyContext
{
    /// <summary>Data Protection keys (cookies, antiforgery tokens), shared by every node of one database.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<OrgUnit> OrgUnits => Set<OrgUnit>();
    public DbSet<Department> Departments => Set<Department>();
    public DbSet<ApiKey> ApiKeys => Set<ApiKey>();
    public DbSet<OAuthKey> OAuthKeys => Set<OAuthKey>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<ListSet> ListSets => Set<ListSet>();
    public DbSet<ListItem> ListItems => Set<ListItem>();
    public DbSet<Submission> Submissions => Set<Submission>();
    public DbSet<SubmissionVillage> SubmissionVillages => Set<SubmissionVillage>();
    public DbSet<Decision> Decisions => Set<Decision>();
    public DbSet<Attachment> Attachments => Set<Attachment>();
    public DbSet<TaskAdmission.Core.Admission.Revisions.SubmissionVersion> SubmissionVersions => Set<TaskAdmission.Core.Admission.Revisions.SubmissionVersion>();
    public DbSet<WfDefinition> WorkflowDefinitions => Set<WfDefinition>();
    public DbSet<WfInstance> WorkflowInstances => Set<WfInstance>();
    public DbSet<WfUserTask> WorkflowTasks => Set<WfUserTask>();
    public DbSet<WfTaskCandidate> WorkflowTaskCandidates => Set<WfTaskCandidate>();
    public DbSet<WfTimer> WorkflowTimers => Set<WfTimer>();
    public DbSet<WfSubscription> WorkflowSubscriptions => Set<WfSubscription>();
    public DbSet<WfIncident> WorkflowIncidents => Set<WfIncident>();
    public DbSet<WfCarbonCopy> WorkflowCarbonCopies => Set<WfCarbonCopy>();
    public DbSet<WfJournalPage> WorkflowJournalPages => Set<WfJournalPage>();
    public DbSet<WfOutboxMessage> WorkflowOutbox => Set<WfOutboxMessage>();
    public DbSet<CalendarDay> CalendarDays => Set<CalendarDay>();
    public DbSet<Assignment> Assignments => Set<Assignment>();
    public DbSet<DispatchJob> DispatchJobs => Set<DispatchJob>();
    public DbSet<ProgressReport> ProgressReports => Set<ProgressReport>();
    public DbSet<VillageFile> VillageFileService => Set<VillageFile>();
    public DbSet<ExitRequest> ExitRequests => Set<ExitRequest>();
    public DbSet<Revocation> Revocations => Set<Revocation>();
    public DbSet<UnadmittedReport> UnadmittedReports => Set<UnadmittedReport>();
    public DbSet<TaskAdmission.Core.Admission.Appeals.PrecheckAppeal> PrecheckAppeals => Set<TaskAdmission.Core.Admission.Appeals.PrecheckAppeal>();
    public DbSet<TaskAdmission.Core.Admission.Appeals.AppealFinding> AppealFindings => Set<TaskAdmission.Core.Admission.Appeals.AppealFinding>();
    public DbSet<TaskAdmission.Core.Admission.Appeals.AppealDistrict> AppealDistricts => Set<TaskAdmission.Core.Admission.Appeals.AppealDistrict>();
    public DbSet<Notification> Notifications => Set<Notification>();
    public DbSet<NotificationRead> NotificationReads => Set<NotificationRead>();
    public DbSet<SavedTodoFilter> SavedTodoFilters => Set<SavedTodoFilter>();
    public DbSet<BurdenLedgerRow> BurdenLedger => Set<BurdenLedgerRow>();
    public DbSet<BurdenBaseline> BurdenBaselines => Set<BurdenBaseline>();
    public DbSet<BurdenTarget> BurdenTargets => Set<BurdenTarget>();
    public DbSet<DataField> DataFields => Set<DataField>();
    public DbSet<Provider> PurchaseProviders => Set<Provider>();
    public DbSet<PurchaseCase> PurchaseCases => Set<PurchaseCase>();
    public DbSet<PurchaseCaseVillage> PurchaseCaseVillages => Set<PurchaseCaseVillage>();
    public DbSet<Milestone> PurchaseMilestones => Set<Milestone>();
    public DbSet<Payment> PurchasePayments => Set<Payment>();
    public DbSet<MilestoneReport> PurchaseReports => Set<MilestoneReport>();
    public DbSet<Acceptance> PurchaseAcceptances => Set<Acceptance>();
    public DbSet<PurchaseFile> PurchaseFiles => Set<PurchaseFile>();

    /// <summary>
    /// Saves the unit of work; new audit rows are linked into the chain in the same transaction (one is opened when the
    /// caller has none) — as it commits when the context carries <see cref="AuditChainCommitInterceptor"/>, else before
    /// the save — so the chain and the change it records commit together or not at all.
    /// </summary>
    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        if (!ChangeTracker.AutoDetectChangesEnabled)
        {
            return await SaveDetectedAsync(acceptAllChangesOnSuccess, cancellationToken);
        }
        // Changes are detected once per save. The audit chain's pending rows, the village inbox interceptor and EF's own
        // save each enumerate the tracked entries, and with automatic detection on each enumeration scans every tracked
        // entity again: an admission keeps 1,000 village rows tracked through five saves. Between here and the save
        // only new audit rows are changed (their chain fields), and an added row's values are read as it is inserted.
        ChangeTracker.DetectChanges();
        using var paused = ChangeTracker.PauseDetection();
        return await SaveDetectedAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    private async Task<int> SaveDetectedAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken)
    {
        var pending = AuditChainWriter.Pending(this);
        if (pending.Count == 0)
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }
        if (ChainsAtCommit)
        {
            if (Database.CurrentTransaction is not null)
            {
                // The caller's transaction goes on: saved unsealed, chained as it commits (AuditChainCommitInterceptor),
                // so the chain lock is not held across the rest of its work.
                return await SaveUnsealedAsync(pending, acceptAllChangesOnSuccess, cancellationToken);
            }
            // Without a caller's transaction, the same order in one of our own: its row locks first, the chain lock at
            // COMMIT. Taking the chain lock first could deadlock with a caller's transaction that holds a row lock this
            // save needs and waits at its own commit for the chain lock.
            await using var own = await Database.BeginTransactionAsync(cancellationToken);
            var written = await SaveUnsealedAsync(pending, acceptAllChangesOnSuccess, cancellationToken);
            await own.CommitAsync(cancellationToken);
            return written;
        }
        if (Database.CurrentTransaction is not null)
        {
            await AuditChainWriter.StampAsync(this, pending, cancellationToken);
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }
        await using var transaction = await Database.BeginTransactionAsync(cancellationToken);
        await AuditChainWriter.StampAsync(this, pending, cancellationToken);
        var saved = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return saved;
    }

    private async Task<int> SaveUnsealedAsync(List<AuditEntry> pending, bool acceptAllChangesOnSuccess, CancellationToken cancellationToken)
    {
        foreach (var entry in pending)
        {
            entry.AtUtc = AuditHash.Normalise(entry.AtUtc);
        }
        var written = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        UnchainedAudit.AddRange(pending);
        return written;
    }

    /// <summary>Audit rows saved in the open transaction, to be chained when it commits.</summary>
    internal List<AuditEntry> UnchainedAudit { get; } = [];

    /// <summary>A transaction operation failed since the transaction began: its commit is refused (<see cref="AuditChainCommitInterceptor"/>).</summary>
    internal bool AuditChainInDoubt { get; set; }

    /// <summary>How many of <see cref="UnchainedAudit"/> were saved when each open savepoint was taken (innermost on top).</summary>
    internal Stack<int> AuditSavepoints { get; } = new();

    /// <summary>Whether this context's options carry the commit-time chaining (a context built by hand may not: it chains at once).</summary>
    private bool ChainsAtCommit =>
        this.GetService<IDbContextOptions>().FindExtension<CoreOptionsExtension>()?.Interceptors?.Contains(AuditChainCommitInterceptor.Instance) == true;

    /// <summary>Audit rows are chained with asynchronous I/O only; the app never saves them synchronously.</summary>
    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        AuditChainWriter.Pending(this).Count == 0
            ? base.SaveChanges(acceptAllChangesOnSuccess)
            : throw new NotSupportedException("Save audit entries with SaveChangesAsync (they are chained in its transaction).");

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);
        Configurations.OAuthStoreConfiguration.Apply(builder);
        Workflows.Configurations.WorkflowHotPathForeignKeys.RemoveOnPostgres(builder, Database.IsNpgsql());
    }
}
