using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using TaskAdmission.Application.Admission;
using TaskAdmission.Application.Burden;
using TaskAdmission.Application.Audit;
using TaskAdmission.Application.Calendar;
using TaskAdmission.Application.Common;
using TaskAdmission.Application.Identity;
using TaskAdmission.Application.Lists;
using TaskAdmission.Application.Organisation;
using TaskAdmission.Application.Persistence;
using TaskAdmission.Application.Persistence.Audit;
using TaskAdmission.Application.Purchase;
using TaskAdmission.Application.Seeding;
using TaskAdmission.Application.Villages;
using TaskAdmission.Application.Villages.Caching;
using TaskAdmission.Application.Villages.Dispatch;
using TaskAdmission.Core.Common;
using TaskAdmission.Core.Lists.InForce;

namespace TaskAdmission.Application;

/// <summary>Registers the EF Core context for the configured provider.</summary>
public static class ApplicationServiceCollectionExtensions
{
    /// <summary>The name of the app's own PostgreSQL pool in Npgsql's metrics (where it has a warm floor and so a data source of its own).</summary>
    public const string AppPoolName = "taskadmission-app";

    /// <param name="requestTiming">
    /// The host's <c>Observability:ServerTiming</c>: only then is <see cref="Hosting.RequestTimingInterceptor"/> added to
    /// the contexts. Off, a command would still pass through it and read an empty <see cref="AsyncLocal{T}"/> on every
    /// open, execute and reader disposal, for a header nobody sends.
    /// </param>
    public static IServiceCollection AddTaskAdmissionApplication(this IServiceCollection services, DatabaseOptions options, string contentRoot, bool requestTiming = false)
    {
        var connectionString = ResolveConnectionString(options, contentRoot);
        // Pooled contexts: a request or an engine command takes a ready context instead of building its options and
        // internal services again (EF Core resets a pooled context's state). The interceptor is a singleton, and it keys
        // what it parks by context, so a reused context cannot carry another request's villages past its next commit.
        if (options.Provider == DatabaseProvider.Postgres)
        {
            // With a warm floor, every physical connection the pool opens later is warmed too (PhysicalConnectionWarmer).
            var warmer = Hosting.ConnectionWarmup.WarmerFor(connectionString);
            if (warmer is not null)
            {
                services.AddSingleton(warmer);
            }
            services.AddDbContextPool<AppDbContext, PostgresAppDbContext>((sp, o) => QuietAboutLostRaces(o.UseNpgsql(connectionString, n =>
                {
                    n.UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery);
                    if (warmer is not null)
                    {
                        // Named, so its pool's metrics (db.client.connection.*, tagged by pool name) are not reported under the
                        // same name as the plain connections' pool on the same connection string, which hid them (issue 20).
                        n.ConfigureDataSource(source =>
                        {
                            source.Name = AppPoolName;
                            source.UsePhysicalConnectionInitializer(warmer.Warm, warmer.WarmAsync);
                        });
                    }
                })
                .AddInterceptors(Interceptors(sp, requestTiming))));
            if (Hosting.ConnectionWarmup.For(connectionString) is { } warmup)
            {
                services.AddHostedService(warmup);
            }
        }
        else
        {
            services.AddDbContextPool<AppDbContext, SqliteAppDbContext>((sp, o) => QuietAboutLostRaces(o.UseSqlite(connectionString, q => q.UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery))
                .AddInterceptors(Interceptors(sp, requestTiming))));
        }
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<ChinaClock>();
        services.AddScoped<AuditLog>();
        services.AddTaskAdmissionAudit();
        services.AddScoped<OrganisationService>();
        services.TryAddSingleton<ApiKeyCache>();
        services.TryAddSingleton<SecurityStampCache>();
        services.AddScoped<ApiKeyService>();
        // OpenIddict's applications, tokens (and unused authorisations and scopes) are stored in this context.
        services.AddOpenIddict().AddCore(o => o.UseEntityFrameworkCore().UseDbContext<AppDbContext>());
        services.AddScoped<Clients.DepartmentClientService>();
        services.AddHostedService<Clients.OAuthTokenPruningWorker>();
        services.AddScoped<ListService>();
        services.AddHostedService<PrecheckWarmup>();
        services.AddScoped<RecogniserTrialService>();
        // Merged lists and published items never change once published; the store invalidates on publish/retire.
        services.TryAddSingleton<MergedListCache>();
        services.TryAddSingleton<PublishedListItems>();
        services.AddScoped<UserService>();
        services.AddScoped<PeopleNameService>();
        services.AddScoped<TwoFactorService>();
        services.AddScoped<DemoSeeder>();
        services.AddScoped<DatabaseInitializer>();
        services.AddTaskAdmissionAdmission();
        services.TryAddScoped<WorkingCalendarStore>();
        services.AddTaskAdmissionVillages();
        services.AddTaskAdmissionBurden();
        services.AddTaskAdmissionPurchase();
        return services;
    }

    private static IEnumerable<IInterceptor> Interceptors(IServiceProvider sp, bool requestTiming)
    {
        yield return sp.GetRequiredService<VillageInboxWriteInterceptor>();
        yield return AuditChainCommitInterceptor.Instance;
        yield return sp.GetRequiredService<CommitHooksInterceptor>();
        if (requestTiming) yield return Hosting.RequestTimingInterceptor.Instance;
    }

    /// <summary>
    /// EF Core logs every failed save and command as an error, also the ones the app expects and answers: the loser of two
    /// simultaneous decisions, a retried submission that met its twin's unique key. Those are information; a failure
    /// nobody handles still reaches the host's error log as the unhandled exception it is.
    /// </summary>
    private static DbContextOptionsBuilder QuietAboutLostRaces(DbContextOptionsBuilder options) =>
        options.ConfigureWarnings(w => w.Log((CoreEventId.SaveChangesFailed, LogLevel.Information), (RelationalEventId.CommandError, LogLevel.Information)));

    /// <summary>The pool's warm floor on PostgreSQL unless the connection string gives one (docs/operations.md).</summary>
    public const int DefaultMinPoolSize = 10;

    /// <summary>SQLite defaults to data/taskadmission.db under the content root; its folder is created.</summary>
    public static string ResolveConnectionString(DatabaseOptions options, string contentRoot)
    {
        if (options.Provider == DatabaseProvider.Postgres)
        {
            if (string.IsNullOrWhiteSpace(options.ConnectionString))
            {
                throw new InvalidOperationException(
                    "Database:Provider is Postgres but ConnectionStrings:Default is empty. / 已选择 PostgreSQL,但未配置连接字符串。");
            }
            // Planning our multi-join reads costs more than running them; Npgsql's automatic preparation lets
            // PostgreSQL reuse the plans of hot statements (the village inbox). An explicit setting wins.
            var pg = new Npgsql.NpgsqlConnectionStringBuilder(options.ConnectionString);
            // Keywords compared without spaces: Npgsql accepts "Max Auto Prepare" and "MaxAutoPrepare" alike.
            var given = options.ConnectionString.Replace(" ", "", StringComparison.Ordinal);
            if (!given.Contains("AutoPrepare", StringComparison.OrdinalIgnoreCase))
            {
                pg.MaxAutoPrepare = 50;
            }
            // A pooled connection is otherwise reset on every return to the pool: seven utility statements (RESET ALL,
            // SET SESSION AUTHORIZATION DEFAULT, …), parsed each time — three times per workflow instance in the persisted
            // benchmark. The app keeps no session state on pooled connections: no session SET, no temp tables, no
            // session advisory locks; the inbox LISTEN has its own unpooled connection. An explicit setting wins.
            if (!given.Contains("ResetOnClose", StringComparison.OrdinalIgnoreCase))
            {
                pg.NoResetOnClose = true;
            }
            // A warm floor of pooled connections, opened at start by ConnectionWarmup (with the inbox statement prepared
            // on each) and never pruned: a burst at a rate not met before then finds ready PostgreSQL backends instead of
            // starting new ones (a process, cold catalog caches, statements prepared again: 25-44 ms of opening in the
            // slowest reads of the inbox's failed ramp step, issue 20). Ten idle backends cost PostgreSQL a few MB each.
            // Both spellings count as given (MinPoolSize, Minimum Pool Size); the test suite gives 0: its many hosts
            // share one server, each with its own database and so its own pool.
            if (!given.Contains("MinPoolSize", StringComparison.OrdinalIgnoreCase) && !given.Contains("MinimumPoolSize", StringComparison.OrdinalIgnoreCase))
            {
                // At most half the ceiling: the warm-up holds the floor open at once, and requests, the listener's
                // heartbeat and the engine's workers must still find connections meanwhile.
                pg.MinPoolSize = Math.Min(DefaultMinPoolSize, Math.Max(1, pg.MaxPoolSize / 2));
            }
            return pg.ConnectionString;
        }
        var builder = new SqliteConnectionStringBuilder(
            string.IsNullOrWhiteSpace(options.ConnectionString)
                ? $"Data Source={Path.Combine(contentRoot, "data", "taskadmission.db")}"
                : options.ConnectionString);
        if (!string.IsNullOrEmpty(builder.DataSource) && builder.DataSource != ":memory:")
        {
            var dir = Path.GetDirectoryName(Path.GetFullPath(builder.DataSource));
            if (!string.IsNullOrEmpty(dir))
            {
                Directory.CreateDirectory(dir);
            }
        }
        builder.ForeignKeys = true;
        return builder.ToString();
    }
}
