using TaskAdmission.Application.Villages.Caching;
using TaskAdmission.Core.Admission.Submissions;
using TaskAdmission.Core.Audit;

namespace TaskAdmission.Application.Tests.Villages;

/// <summary>
/// A kept decision verdict is used only for a row equal to the one judged (<see cref="DecisionVerdictCache.SameRow"/>,
/// compared instead of hashing the row's seal on every read): whatever field of a decision its seal covers, a row that
/// differs there — a tampered reason, time, body — is not taken for the judged one.
/// </summary>
public sealed class DecisionVerdictRowTests
{
    [Fact]
    public void EveryFieldTheSealCovers_IsCompared()
    {
        var judged = new Decision
        {
            Id = Guid.NewGuid(), SubmissionId = Guid.NewGuid(), Kind = DecisionKind.Admit, OrgUnitCode = "990100100000", DecidedBy = "approver",
            DecidedAtUtc = new DateTime(2026, 12, 4, 8, 0, 0, DateTimeKind.Utc), Reason = "符合协助清单", Conditions = "经费到位",
            ValidUntil = new DateOnly(2027, 6, 30), PrecheckHash = new string('a', 64), WorkflowTaskId = Guid.NewGuid(),
        };
        Assert.True(DecisionVerdictCache.SameRow(judged, Copy(judged)));

        var sealedFields = 0;
        foreach (var property in typeof(Decision).GetProperties().Where(p => p.CanWrite))
        {
            var changed = Copy(judged);
            property.SetValue(changed, Other(property.GetValue(judged), property.PropertyType));
            if (DecisionSeal.Of(changed) != DecisionSeal.Of(judged))
            {
                sealedFields++;
                Assert.False(DecisionVerdictCache.SameRow(judged, changed), $"a row with another {property.Name} was taken for the judged one");
            }
        }
        // Id, submission, kind, body, by, time, reason, conditions, valid until, pre-check hash, workflow task.
        Assert.Equal(11, sealedFields);
    }

    private static Decision Copy(Decision d) => new()
    {
        Id = d.Id, SubmissionId = d.SubmissionId, Kind = d.Kind, OrgUnitCode = d.OrgUnitCode, DecidedBy = d.DecidedBy, DecidedAtUtc = d.DecidedAtUtc,
        Reason = d.Reason, Conditions = d.Conditions, ValidUntil = d.ValidUntil, PrecheckHash = d.PrecheckHash, WorkflowTaskId = d.WorkflowTaskId,
    };

    private static object? Other(object? value, Type type) => value switch
    {
        Guid => Guid.NewGuid(),
        string s => s + "改",
        DecisionKind k => k == DecisionKind.Admit ? DecisionKind.Reject : DecisionKind.Admit,
        DateTime t => t.AddSeconds(1),
        DateOnly day => day.AddDays(1),
        null when Nullable.GetUnderlyingType(type) == typeof(Guid) => Guid.NewGuid(),
        _ => throw new InvalidOperationException($"no other value for {type}: add one (and compare the field in SameRow if the seal covers it)"),
    };
}
