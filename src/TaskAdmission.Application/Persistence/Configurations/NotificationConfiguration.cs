using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TaskAdmission.Core.Notifications;

namespace TaskAdmission.Application.Persistence.Configurations;

internal sealed class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    public void Configure(EntityTypeBuilder<Notification> b)
    {
        b.ToTable("notifications");
        b.HasKey(x => x.Id);
        b.Property(x => x.Audience).HasMaxLength(Notification.AudienceMax);
        b.Property(x => x.Kind).HasConversion<string>().HasMaxLength(32);
        b.Property(x => x.Subject).HasMaxLength(Notification.SubjectMax);
        b.Property(x => x.Link).HasMaxLength(Notification.LinkMax);
        b.HasIndex(x => new { x.Audience, x.CreatedAtUtc });
        b.HasIndex(x => new { x.DeliveredExternallyAtUtc, x.CreatedAtUtc });
    }
}

internal sealed class NotificationReadConfiguration : IEntityTypeConfiguration<NotificationRead>
{
    public void Configure(EntityTypeBuilder<NotificationRead> b)
    {
        b.ToTable("notification_reads");
        b.HasKey(x => new { x.NotificationId, x.UserName });
        b.Property(x => x.UserName).HasMaxLength(256);
        b.HasOne<Notification>().WithMany().HasForeignKey(x => x.NotificationId).OnDelete(DeleteBehavior.Cascade);
    }
}
