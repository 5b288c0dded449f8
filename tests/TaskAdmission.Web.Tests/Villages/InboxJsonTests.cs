using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using TaskAdmission.Application.Villages;
using TaskAdmission.Core.Admission.Precheck;
using TaskAdmission.Core.Admission.Submissions;
using TaskAdmission.Core.Audit;
using TaskAdmission.Core.Lists;
using TaskAdmission.Core.Villages;
using TaskAdmission.Testing;
using TaskAdmission.Web.Features.Villages;

namespace TaskAdmission.Web.Tests.Villages;

/// <summary>
/// The inbox API's body written straight from the views (<see cref="InboxJson"/>) is byte for byte what the serializer
/// makes of the documented DTOs with the app's JSON options, in both languages: absent and present optional texts,
/// characters JSON must escape, several due dates, an empty inbox.
/// </summary>
public sealed class InboxJsonTests(SqliteTestApp app) : IClassFixture<SqliteTestApp>
{
    [Theory]
    [InlineData("zh-CN")]
    [InlineData("en")]
    public void DirectWriter_WritesTheDtosJson_ByteForByte(string culture)
    {
        var options = app.Services.GetRequiredService<IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions>>().Value.SerializerOptions;
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
        try
        {
            var english = culture == "en";
            IReadOnlyList<DueGroup>[] inboxes =
            [
                [],
                [new DueGroup(new DateOnly(2026, 12, 1), [View(1, conditions: null, note: null)])],
                [
                    new DueGroup(new DateOnly(2026, 12, 1), [View(2, conditions: "经费到位后开展", note: "每户一张\"入户卡\" <签字> & 盖章\n第二行\t😀"), View(3, conditions: null, note: "")]),
                    new DueGroup(new DateOnly(2027, 1, 31), [View(4, conditions: "", note: null, noItems: true)]),
                ],
            ];
            foreach (var groups in inboxes)
            {
                var expected = VillageApi.RenderInbox("990100100100", groups, options);
                var written = InboxJson.Write("990100100100", groups, english, options);
                Assert.Equal(System.Text.Encoding.UTF8.GetString(expected), System.Text.Encoding.UTF8.GetString(written));
                Assert.Equal(expected, written);
            }
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void TheOtherLanguage_MadeFromOneBodyAndTheOtherNames_IsThatLanguagesBody_ByteForByte(bool english)
    {
        var options = app.Services.GetRequiredService<IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions>>().Value.SerializerOptions;
        IReadOnlyList<DueGroup>[] inboxes =
        [
            [],
            [new DueGroup(new DateOnly(2026, 12, 1), [View(1, conditions: null, note: null)])],
            [
                new DueGroup(new DateOnly(2026, 12, 1), [View(2, conditions: "经费到位后开展", note: "每户一张\"入户卡\""), View(3, conditions: null, note: "")]),
                new DueGroup(new DateOnly(2027, 1, 31), [View(4, conditions: "", note: null, noItems: true), View(5, conditions: null, note: null, oddNames: true)]),
            ],
        ];
        foreach (var groups in inboxes)
        {
            var (body, otherNames) = InboxJson.WriteWithOther("990100100100", groups, english, options);
            Assert.Equal(InboxJson.Write("990100100100", groups, english, options), body);
            var other = InboxJson.Splice(body, otherNames);
            Assert.Equal(System.Text.Encoding.UTF8.GetString(InboxJson.Write("990100100100", groups, !english, options)), System.Text.Encoding.UTF8.GetString(other));
        }
    }

    private static AssignmentView View(int n, string? conditions, string? note, bool noItems = false, bool oddNames = false) => new(
        Guid.NewGuid(), Guid.NewGuid(), "990100100100", $"第{n}项：入户走访 \"重点人群\"", "CITY-MZ", oddNames ? "市\"民政\"局 <甲> & 😀" : "市民政局",
        oddNames ? "Civil \"Affairs\" <Bureau> & \\ \n😀" : "Civil Affairs Bureau",
        [new DemandRequest(DemandKind.Ledger, n, DemandPeriod.Once), new DemandRequest(DemandKind.Ledger, 2, DemandPeriod.Week, "证明 <A>", null, note)],
        noItems ? [] : [new AssignmentListItems.Item("XZ-04", "协助开展走访", "Assist with visits"), new AssignmentListItems.Item("XZ-05", "只有中文", null),
            new AssignmentListItems.Item("XZ-06", oddNames ? "" : "两种语言", oddNames ? "" : "Both")],
        new DecisionView(DecisionKind.Admit, "990100100000", oddNames ? "石桥\"镇\"" : "石桥镇", oddNames ? "" : "Shiqiao Town", new DateTime(2026, 11, 30, 8, 15, 30, 123, DateTimeKind.Utc).AddTicks(4567),
            n % 2 == 0 ? "" : "符合协助清单,经费到位", conditions, new DateOnly(2027, 6, 30), n % 2 == 0 ? DecisionIntegrity.Verified : DecisionIntegrity.Mismatch),
        new DateOnly(2026, 11, 1), new DateOnly(2026, 12, 1), new DateOnly(2027, 3, 31), n % 2 == 1,
        new SupportView(n * 1000.50m, SupportState.Pending, SupportState.NotPromised, SupportState.Arrived, SupportState.Missing),
        n % 2 == 0 ? AssignmentStatus.Open : AssignmentStatus.Acknowledged, DateTime.UtcNow, null, null, n == 3);
}
