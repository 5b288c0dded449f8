using TaskAdmission.Application.Villages;
using TaskAdmission.Core.Admission.Submissions;
using TaskAdmission.Core.Audit;
using TaskAdmission.Core.Villages;

namespace TaskAdmission.Application.Tests.Villages;

/// <summary>
/// The inbox's grouping by due date, written by hand since issue 20 (session 21), gives what LINQ's
/// OrderBy(due).ThenBy(title, ordinal).ThenBy(id).GroupBy(due) gives: the same groups and the same order within each,
/// whatever order the rows came in (since session 35 ties of due date and title go by id, so that write-through on
/// dispatch places new work where a read would).
/// </summary>
public sealed class GroupByDueTests
{
    [Fact]
    public void GroupsLikeTheLinqOrder_TiesByIdWhateverTheOrderGiven()
    {
        var random = new Random(20261206);
        string[] titles = ["乙 走访", "甲 走访", "Audit", "audit", "Zeta", "", "甲 走访 ", "\"quoted\" <b>"];
        var days = new[] { new DateOnly(2026, 12, 1), new DateOnly(2026, 12, 3), new DateOnly(2027, 1, 31) };
        var support = new SupportView(0, SupportState.NotPromised, SupportState.NotPromised, SupportState.NotPromised, SupportState.NotPromised);
        var decision = new DecisionView(DecisionKind.Admit, "t", "t", "t", DateTime.UnixEpoch, "", null, null, DecisionIntegrity.Verified);
        foreach (var count in new[] { 0, 1, 2, 7, 40, 200 })
        {
            var views = Enumerable.Range(0, count).Select(_ => new AssignmentView(Guid.NewGuid(), Guid.NewGuid(), "v", titles[random.Next(titles.Length)], "d",
                "d", "d", [], [], decision, days[0], days[random.Next(days.Length)], days[2], false, support, AssignmentStatus.Open, DateTime.UnixEpoch,
                null, null, false)).ToList();
            // Mostly due first, as the statement returns them, with some out of order too.
            if (random.Next(2) == 0)
            {
                views = [.. views.OrderBy(v => v.DueDate)];
            }
            var expected = views.OrderBy(v => v.DueDate).ThenBy(v => v.Title, StringComparer.Ordinal).ThenBy(v => v.Id).GroupBy(v => v.DueDate)
                .Select(g => (g.Key, Ids: g.Select(v => v.Id).ToList())).ToList();

            var groups = AssignmentQueries.GroupByDue([.. views]);
            // The same views in the reverse order: the same groups and order (ties do not keep the order given).
            var reversed = AssignmentQueries.GroupByDue([.. Enumerable.Reverse(views)]);
            Assert.Equal(groups.SelectMany(g => g.Assignments).Select(v => v.Id), reversed.SelectMany(g => g.Assignments).Select(v => v.Id));

            Assert.Equal(expected.Select(g => g.Key), groups.Select(g => g.DueDate));
            for (var i = 0; i < groups.Count; i++)
            {
                Assert.Equal(expected[i].Ids, groups[i].Assignments.Select(v => v.Id));
            }
        }
    }
}
