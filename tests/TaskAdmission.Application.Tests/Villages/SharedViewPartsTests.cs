using TaskAdmission.Application.Villages;
using TaskAdmission.Core.Admission.Precheck;
using TaskAdmission.Core.Admission.Submissions;
using TaskAdmission.Core.Audit;
using TaskAdmission.Core.Lists;
using TaskAdmission.Core.Villages;

namespace TaskAdmission.Application.Tests.Villages;

/// <summary>
/// The views of one dispatch's villages share its demands, list items and decision (issue 20: a cached inbox keeps only
/// what is its own), and still each view shows exactly what its own row says: a different JSON or decision gets its
/// own parse, also once the shared tables were cleared at their capacity.
/// </summary>
public sealed class SharedViewPartsTests
{
    [Fact]
    public void EqualRows_ShareTheirParts_AndEachRowStillShowsItsOwn()
    {
        var quarterly = AssignmentDemands.Serialize([new DemandRequest(DemandKind.Report, 4, DemandPeriod.Quarter, Note: "每季度一次")]);
        var monthly = AssignmentDemands.Serialize([new DemandRequest(DemandKind.Report, 1, DemandPeriod.Month)]);
        var items = AssignmentListItems.Serialize([new AssignmentListItems.Item("A01", "环境整治", "Clean-up")]);

        // Two villages' rows of one dispatch: separate strings of equal content, as read from the database.
        var first = SharedViewParts.DemandsOf(new string(quarterly.AsSpan()));
        var second = SharedViewParts.DemandsOf(new string(quarterly.AsSpan()));
        Assert.Same(first, second);
        Assert.Equal(new DemandRequest(DemandKind.Report, 4, DemandPeriod.Quarter, Note: "每季度一次"), Assert.Single(first));
        Assert.Same(SharedViewParts.ItemsOf(new string(items.AsSpan())), SharedViewParts.ItemsOf(new string(items.AsSpan())));
        Assert.Equal("Clean-up", Assert.Single(SharedViewParts.ItemsOf(items)).TitleEn);

        var other = SharedViewParts.DemandsOf(monthly);
        Assert.Equal(DemandPeriod.Month, Assert.Single(other).Period);
        Assert.Empty(SharedViewParts.DemandsOf(null));
        Assert.Empty(SharedViewParts.ItemsOf(""));

        var decided = new DateTime(2026, 12, 1, 2, 0, 0, DateTimeKind.Utc);
        SharedViewParts.DecisionKey Decision(DecisionIntegrity integrity, string? units = "石桥镇\u001FShiqiao") =>
            new(DecisionKind.Admit, "990100100000", units is null ? null : new string(units.AsSpan()), decided, "符合清单", null, null, integrity);
        Assert.Same(SharedViewParts.Decision(Decision(DecisionIntegrity.Verified)), SharedViewParts.Decision(Decision(DecisionIntegrity.Verified)));
        Assert.Equal(new DecisionView(DecisionKind.Admit, "990100100000", "石桥镇", "Shiqiao", decided, "符合清单", null, null, DecisionIntegrity.Verified),
            SharedViewParts.Decision(Decision(DecisionIntegrity.Verified)));
        // A decision whose verdict differs is not the shared one: the village sees its own verdict.
        Assert.NotEqual(DecisionIntegrity.Verified, SharedViewParts.Decision(Decision(DecisionIntegrity.Mismatch)).Integrity);
        // The unit's names as the row joined them: a missing unit, or a missing English name, shows the unit's code there.
        Assert.Equal(("990100100000", "990100100000"), (SharedViewParts.Decision(Decision(DecisionIntegrity.Verified, null)) is var none ? (none.OrgUnitNameZh, none.OrgUnitNameEn) : default));
        Assert.Equal(("石桥镇", "990100100000"), (SharedViewParts.Decision(Decision(DecisionIntegrity.Verified, "石桥镇")) is var zh ? (zh.OrgUnitNameZh, zh.OrgUnitNameEn) : default));
        Assert.Equal(("", ""), (SharedViewParts.Decision(Decision(DecisionIntegrity.Verified, "\u001F")) is var empty ? (empty.OrgUnitNameZh, empty.OrgUnitNameEn) : default));
        var support = new SharedViewParts.SupportKey(1000.50m, SupportState.Pending, SupportState.NotPromised, SupportState.Arrived, SupportState.Missing);
        Assert.Same(SharedViewParts.Support(support), SharedViewParts.Support(support with { }));
        Assert.Equal(new SupportView(1000.50m, SupportState.Pending, SupportState.NotPromised, SupportState.Arrived, SupportState.Missing), SharedViewParts.Support(support));

        // Past the tables' capacity each row still gets its own content.
        for (var i = 0; i < SharedViewParts.Capacity + 10; i++)
        {
            var json = AssignmentDemands.Serialize([new DemandRequest(DemandKind.Report, i + 1, DemandPeriod.Once)]);
            Assert.Equal(i + 1, Assert.Single(SharedViewParts.DemandsOf(json)).Count);
        }
        Assert.Equal(4, Assert.Single(SharedViewParts.DemandsOf(quarterly)).Count);
    }
}
