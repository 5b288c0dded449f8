using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using TaskAdmission.Application.Admission;
using TaskAdmission.Application.Calendar;
using TaskAdmission.Application.Identity;
using TaskAdmission.Application.Persistence.Workflows.Entities;
using TaskAdmission.Application.Villages;
using TaskAdmission.Core.Admission.Submissions;
using TaskAdmission.Core.Common;
using TaskAdmission.Core.Lists;
using TaskAdmission.Core.Notifications;
using TaskAdmission.Core.Organisation;
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
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<ListSet> ListSets => Set<ListSet>();
    public DbSet<ListItem> ListItems => Set<ListItem>();
    public DbSet<Submission> Submissions => Set<Submission>();
    public DbSet<SubmissionVillage> SubmissionVillages => Set<SubmissionVillage>();
    public DbSet<Decision> Decisions => Set<Decision>();
    public DbSet<Attachment> Attachments => Set<Attachment>();
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
    public DbSet<ProgressReport> ProgressReports => Set<ProgressReport>();
    public DbSet<VillageFile> VillageFileService => Set<VillageFile>();
    public DbSet<ExitRequest> ExitRequests => Set<ExitRequest>();
    public DbSet<Revocation> Revocations => Set<Revocation>();
    public DbSet<UnadmittedReport> UnadmittedReports => Set<UnadmittedReport>();
    public DbSet<Notification> Notifications => Set<Notification>();
    public DbSet<NotificationRead> NotificationReads => Set<NotificationRead>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);
    }
}
