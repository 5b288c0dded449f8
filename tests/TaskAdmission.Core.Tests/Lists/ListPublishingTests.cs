using TaskAdmission.Core.Lists;
using TaskAdmission.Core.Lists.Publishing;
using static TaskAdmission.Core.Tests.Lists.TestLists;

namespace TaskAdmission.Core.Tests.Lists;

public sealed class ListPublishingTests
{
    private static ListSet Draft(string version = "2026版", DateOnly? to = null)
    {
        var draft = CitySet(version: version);
        draft.Status = ListSetStatus.Draft;
        draft.EffectiveFrom = null;
        draft.EffectiveTo = to;
        return draft;
    }

    [Fact]
    public void Validate_ClosesPreviousOpenVersionTheDayBefore_WhenNewVersionStartsLater()
    {
        var previous = CitySet(Day(2025, 1, 1));

        var plan = ListPublishing.Validate(Draft(), Day(2026, 1, 1), [previous]);

        Assert.True(plan.CanPublish);
        Assert.Equal(new SetClosure(previous.Id, Day(2025, 12, 31)), Assert.Single(plan.Closures));
    }

    [Fact]
    public void Publish_AppliesStatusDatesAndClosure_WhenValid()
    {
        var previous = CitySet(Day(2025, 1, 1));
        var draft = Draft();
        var at = new DateTime(2025, 12, 1, 8, 0, 0, DateTimeKind.Utc);

        ListPublishing.Publish(draft, Day(2026, 1, 1), [previous], at, "mz-admin");

        Assert.Equal((ListSetStatus.Published, Day(2026, 1, 1), at, "mz-admin"), (draft.Status, draft.EffectiveFrom, draft.PublishedAt, draft.PublishedBy));
        Assert.Equal(Day(2025, 12, 31), previous.EffectiveTo);
    }

    [Fact]
    public void Validate_RefusesAndClosesNothing_WhenNewVersionStartsOnOrBeforePreviousStart()
    {
        var previous = CitySet(Day(2025, 1, 1));

        var plan = ListPublishing.Validate(Draft(), Day(2025, 1, 1), [previous]);

        Assert.Equal(ListProblemCode.StartsBeforePreviousVersion, Assert.Single(plan.Problems).Code);
        Assert.Empty(plan.Closures);
    }

    [Fact]
    public void Validate_RefusesOverlap_WhenDatesFallInsideAClosedVersion()
    {
        var closed = CitySet(Day(2024, 1, 1), "2024版");
        closed.EffectiveTo = Day(2024, 12, 31);
        var open = CitySet(Day(2025, 1, 1));

        var plan = ListPublishing.Validate(Draft(to: Day(2024, 12, 31)), Day(2024, 7, 1), [closed, open]);

        var problem = Assert.Single(plan.Problems);
        Assert.Equal(ListProblemCode.OverlapsExistingVersion, problem.Code);
        Assert.Equal(new[] { "2024版", "2024-01-01", "2024-12-31" }, problem.Arguments);
    }

    [Fact]
    public void Validate_RefusesFixedEndVersion_WhenItWouldOverlapTheOpenVersion()
    {
        var open = CitySet(Day(2025, 1, 1));

        var plan = ListPublishing.Validate(Draft(to: Day(2026, 6, 30)), Day(2026, 1, 1), [open]);

        Assert.Equal(ListProblemCode.OverlapsExistingVersion, Assert.Single(plan.Problems).Code);
        Assert.Equal("", plan.Problems[0].Arguments[2]);
    }

    [Fact]
    public void Validate_AllowsFixedEndVersion_WhenItFillsAGapBeforeEverything()
    {
        var open = CitySet(Day(2025, 1, 1));

        var plan = ListPublishing.Validate(Draft(to: Day(2024, 12, 31)), Day(2024, 1, 1), [open]);

        Assert.True(plan.CanPublish);
        Assert.Empty(plan.Closures);
    }

    [Fact]
    public void Validate_RefusesEmptySet_WhenDraftHasNoItems()
    {
        var draft = Draft();
        draft.Items.Clear();

        var plan = ListPublishing.Validate(draft, Day(2026, 1, 1), []);

        Assert.Equal(ListProblemCode.NoItems, Assert.Single(plan.Problems).Code);
    }

    [Fact]
    public void Validate_RefusesAndPublishLeavesSetAlone_WhenSetIsAlreadyPublished()
    {
        var published = CitySet(Day(2025, 1, 1));

        var plan = ListPublishing.Publish(published, Day(2026, 1, 1), [], DateTime.UtcNow, "x");

        Assert.Equal(ListProblemCode.NotDraft, Assert.Single(plan.Problems).Code);
        Assert.Equal(Day(2025, 1, 1), published.EffectiveFrom);
    }

    [Fact]
    public void Validate_ReportsHeaderProblems_WhenAuthorityNameVersionOrParentAreWrong()
    {
        var existing = CitySet(Day(2025, 1, 1), "2026版");
        existing.EffectiveTo = Day(2025, 6, 30);
        var draft = Draft();
        draft.AuthorityOrgUnitCode = "9900";
        existing.AuthorityOrgUnitCode = "9900";
        draft.Name = " ";
        draft.Items.Add(Item(ListKind.Assist, "XZ-03-1", parent: "XZ-03"));

        var codes = ListPublishing.Validate(draft, Day(2026, 1, 1), [existing]).Problems.Select(p => p.Code);

        Assert.Equal(
            new[] { ListProblemCode.BadAuthorityCode, ListProblemCode.MissingSetName, ListProblemCode.ParentCodeWithoutParentSet, ListProblemCode.DuplicateVersionLabel },
            codes);
    }

    [Fact]
    public void EnsureEditable_Throws_WhenSetIsPublished()
    {
        var published = CitySet();

        var error = Assert.Throws<ListSetNotEditableException>(() => ListPublishing.EnsureEditable(published));

        Assert.Equal(ListProblemCode.SetNotEditable, error.Problem.Code);
    }

    [Fact]
    public void CheckEditable_ReturnsNull_WhenSetIsDraft()
    {
        Assert.Null(ListPublishing.CheckEditable(Draft()));
    }

    [Fact]
    public void Retire_RefusesDraft_WhenNotPublished()
    {
        var draft = Draft();

        var problems = ListPublishing.Retire(draft, Day(2025, 1, 1));

        Assert.Equal(ListProblemCode.NotPublished, Assert.Single(problems).Code);
        Assert.Equal(ListSetStatus.Draft, draft.Status);
    }
}
