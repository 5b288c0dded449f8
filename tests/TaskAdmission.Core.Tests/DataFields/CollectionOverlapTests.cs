using TaskAdmission.Core.Admission.Precheck;
using TaskAdmission.Core.DataFields;
using TaskAdmission.Core.Lists;

namespace TaskAdmission.Core.Tests.DataFields;

public sealed class CollectionOverlapTests
{
    private static RunningCollection Task(string number, string department, string[] fields, string[] villages, DemandRequest[] demands,
        int startMonth = 1, Guid? reuses = null, string[]? reusedIn = null) =>
        new(Guid.NewGuid(), number, "任务" + number, department, fields, reuses, demands, new DateOnly(2026, startMonth, 1), new DateOnly(2026, 12, 31),
            villages.ToDictionary(v => v, v => reusedIn?.Contains(v) ?? false));

    private static readonly DemandRequest[] MonthlyReport = [new(DemandKind.Report, 1, DemandPeriod.Month)];

    [Fact]
    public void Fields_ListsAFieldTwoDepartmentsCollectInTheSameVillages()
    {
        var mz = Task("A", "CITY-MZ", ["姓名", "公民身份号码"], ["v1", "v2", "v3"], MonthlyReport);
        var wj = Task("B", "CITY-WJ", ["公民身份号码", "联系电话"], ["v2", "v3", "v4"], MonthlyReport);
        var mz2 = Task("C", "CITY-MZ", ["联系电话"], ["v4"], MonthlyReport);

        var overlap = Assert.Single(CollectionOverlap.Fields([mz, wj, mz2]), o => o.Field == "公民身份号码");

        Assert.Equal(["CITY-MZ", "CITY-WJ"], overlap.DepartmentCodes);
        Assert.Equal(2, overlap.Villages);
        // 联系电话 in v4 is asked by WJ and by MZ: two departments.
        Assert.Equal(1, CollectionOverlap.Fields([mz, wj, mz2]).Single(o => o.Field == "联系电话").Villages);
    }

    [Fact]
    public void Fields_DoesNotCountADeclaredReuseAsASecondCollection()
    {
        var mz = Task("A", "CITY-MZ", ["姓名", "公民身份号码"], ["v1", "v2"], MonthlyReport);
        var wj = Task("B", "CITY-WJ", ["公民身份号码"], ["v1", "v2"], MonthlyReport, reuses: mz.SubmissionId, reusedIn: ["v1"]);

        var overlap = Assert.Single(CollectionOverlap.Fields([mz, wj]));

        Assert.Equal(("公民身份号码", 1), (overlap.Field, overlap.Villages));
    }

    [Fact]
    public void Savings_CountsTheLaterTasksCollectingDemandsInTheSharedVillages()
    {
        var mz = Task("A", "CITY-MZ", ["姓名", "公民身份号码"], ["v1", "v2", "v3"], MonthlyReport);
        // From July: 6 monthly reports and one yearly meeting (not a collecting demand) in each of 2 shared villages.
        var wj = Task("B", "CITY-WJ", ["公民身份号码"], ["v2", "v3", "v9"], [.. MonthlyReport, new(DemandKind.Meeting, 1, DemandPeriod.Year)], startMonth: 7);

        var saving = Assert.Single(CollectionOverlap.Savings([mz, wj], 2026));

        Assert.Equal(("B", "A", 2, 12, 2), (saving.Task.Number, saving.Source.Number, saving.Villages, saving.Submissions, saving.Items));
        Assert.Equal(["公民身份号码"], saving.SharedFields);
    }

    [Fact]
    public void Savings_IsNothing_WhenTheTaskAlreadyReusesOrTheSameDepartmentCollects()
    {
        var mz = Task("A", "CITY-MZ", ["公民身份号码"], ["v1"], MonthlyReport);
        var reusing = Task("B", "CITY-WJ", ["公民身份号码"], ["v1"], MonthlyReport, startMonth: 3, reuses: mz.SubmissionId, reusedIn: ["v1"]);
        var sameDepartment = Task("C", "CITY-MZ", ["公民身份号码"], ["v1"], MonthlyReport, startMonth: 4);

        Assert.Empty(CollectionOverlap.Savings([mz, reusing, sameDepartment], 2026));
    }
}
