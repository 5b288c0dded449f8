using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TaskAdmission.Application;
using TaskAdmission.Application.Notifications;
using TaskAdmission.Application.Persistence;
using TaskAdmission.Core.Notifications;
using TaskAdmission.Testing;

namespace TaskAdmission.Application.Tests.Notifications;

/// <summary>A channel that keeps what it was handed: the notification's id and the user names it reached.</summary>
public sealed class CapturingChannel : INotificationChannel
{
    public ConcurrentQueue<(Guid Id, string[] People)> Sent { get; } = new();

    public string Name => "capture";

    public Task SendAsync(Notification notification, IReadOnlyList<NotificationRecipient> recipients, CancellationToken ct)
    {
        Sent.Enqueue((notification.Id, recipients.Select(r => r.UserName).ToArray()));
        return Task.CompletedTask;
    }
}

/// <summary>The app with a capturing channel and the delivery worker off (the test delivers, so no round races it).</summary>
public class DeliveryHost(DatabaseProvider provider) : ApplicationHost(provider)
{
    public CapturingChannel Channel { get; } = new();

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Notifications:DeliveryIntervalSeconds"] = "0" };

    protected override void ConfigureServices(IServiceCollection services) => services.AddSingleton<INotificationChannel>(Channel);
}

public sealed class SqliteDeliveryHost() : DeliveryHost(DatabaseProvider.Sqlite);

public sealed class PostgresDeliveryHost() : DeliveryHost(DatabaseProvider.Postgres);

/// <summary>
/// Notification delivery resolves the people of a whole batch's audiences together and marks the batch delivered in one
/// statement (a dispatch to 1,000 villages leaves 1,000 audiences); each notification must still reach exactly the
/// people its audience names, once.
/// </summary>
public abstract class NotificationDeliveryTests(DeliveryHost app)
{
    [Fact]
    public async Task EachNotification_ReachesThePeopleOfItsAudience_Once()
    {
        var subject = $"delivery {Guid.NewGuid():N}";
        var expected = new Dictionary<string, string[]>
        {
            [NotificationAudience.Village("990100100100")] = ["village"],
            [NotificationAudience.Village("990100100200")] = ["village2"],
            [NotificationAudience.Village("990100100999")] = [],
            [NotificationAudience.Township("990100100000")] = ["township"],
            [NotificationAudience.JointReview("990100000000")] = ["jointreview"],
            [NotificationAudience.Supervisor("990100000000")] = ["supervisor"],
            [NotificationAudience.Department("CITY-MZ")] = ["depthead", "submitter"],
            [NotificationAudience.User("listadmin")] = ["listadmin"],
            [NotificationAudience.User("nobody")] = [],
            ["unknown:990100100100"] = [],
            ["no-family"] = [],
        };
        var now = DateTime.UtcNow;
        // Two notifications per audience, as a village notified of two tasks in one batch.
        var written = expected.Keys.SelectMany(a => new[] { a, a })
            .Select(a => Notifier.Create(a, NotificationKind.AssignmentDispatched, subject, "/village", now)).ToList();
        await app.WithScopeAsync<AppDbContext, int>(async db =>
        {
            db.Notifications.AddRange(written);
            return await db.SaveChangesAsync();
        });

        while (await app.WithScopeAsync(sp => NotificationDeliveryWorker.DeliverBatchAsync(sp, TimeProvider.System, CancellationToken.None)) > 0)
        {
        }

        var sent = app.Channel.Sent.Where(s => written.Any(w => w.Id == s.Id)).ToList();
        Assert.Equal(written.Count, sent.Count);
        Assert.Equal(written.Count, sent.Select(s => s.Id).Distinct().Count());
        foreach (var notification in written)
        {
            var people = sent.Single(s => s.Id == notification.Id).People;
            Assert.Equal(expected[notification.Audience].Order(StringComparer.Ordinal), people.Order(StringComparer.Ordinal));
        }
        var undelivered = await app.WithScopeAsync<AppDbContext, int>(db => db.Notifications.CountAsync(n => n.Subject == subject && n.DeliveredExternallyAtUtc == null));
        Assert.Equal(0, undelivered);

        // Delivered is delivered: the next round hands the channel none of them again.
        await app.WithScopeAsync(sp => NotificationDeliveryWorker.DeliverBatchAsync(sp, TimeProvider.System, CancellationToken.None));
        Assert.Equal(written.Count, app.Channel.Sent.Count(s => written.Any(w => w.Id == s.Id)));
    }
}

public sealed class SqliteNotificationDeliveryTests(SqliteDeliveryHost app) : NotificationDeliveryTests(app), IClassFixture<SqliteDeliveryHost>;

public sealed class PostgresNotificationDeliveryTests(PostgresDeliveryHost app) : NotificationDeliveryTests(app), IClassFixture<PostgresDeliveryHost>;
