using Microsoft.Extensions.Localization;
using TaskAdmission.Application.DataFields;
using TaskAdmission.Core.Burden;
using TaskAdmission.Core.DataFields;
using TaskAdmission.Web.Features.Burden;
using TaskAdmission.Web.Localization;

namespace TaskAdmission.Web.Features.DataFields;

/// <summary>The collect-once tables, as the page shows them and as the exports write them (one source for both).</summary>
public static class CollectionViews
{
    public static readonly IReadOnlyList<string> Names = ["register", "overlaps", "savings"];

    public static BurdenTable? Table(string view, CollectionRegister r, FieldDictionary d, IStringLocalizer<CollectionResource> c) => view switch
    {
        "register" => Register(r, d, c),
        "overlaps" => Overlaps(r, d, c),
        "savings" => Savings(r, d, c),
        _ => null,
    };

    public static BurdenTable Register(CollectionRegister r, FieldDictionary d, IStringLocalizer<CollectionResource> c) => new(c["Register.Title"],
        [c["Col.Department"], c["Col.Task"], c["Col.Fields"], c["Col.Villages"], c["Col.Reuses"], c["Col.Period"]],
        [.. r.Tasks.Select(t => (IReadOnlyList<string>)[
            r.Department(t.Task.DepartmentCode, BurdenText.English), Task(t.Task), CollectionText.Names(c, d, t.Task.Fields),
            BurdenText.Number(t.Villages),
            t.Reuses is { } source ? c["Register.ReusesIn", Task(source), t.ReusedVillages].Value : "",
            $"{BurdenText.Date(t.Task.StartDate)} – {BurdenText.Date(t.Task.EndDate)}"])]);

    public static BurdenTable Overlaps(CollectionRegister r, FieldDictionary d, IStringLocalizer<CollectionResource> c) => new(c["Overlaps.Title"],
        [c["Col.Field"], c["Col.Departments"], c["Col.SharedVillages"]],
        [.. r.Overlaps.Select(o => (IReadOnlyList<string>)[
            CollectionText.Names(c, d, [o.Field]), CollectionText.Join(c, o.DepartmentCodes.Select(code => r.Department(code, BurdenText.English))),
            BurdenText.Number(o.Villages)])]);

    public static BurdenTable Savings(CollectionRegister r, FieldDictionary d, IStringLocalizer<CollectionResource> c) => new(c["Savings.Title"],
        [c["Col.Department"], c["Col.Task"], c["Col.CouldReuse"], c["Col.SharedFields"], c["Col.Villages"], c["Col.SavedItems"], c["Col.SavedSubmissions"]],
        [.. r.Savings.Select(s => (IReadOnlyList<string>)[
            r.Department(s.Task.DepartmentCode, BurdenText.English), Task(s.Task),
            $"{Task(s.Source)} ({r.Department(s.Source.DepartmentCode, BurdenText.English)})", CollectionText.Names(c, d, s.SharedFields),
            BurdenText.Number(s.Villages), BurdenText.Number(s.Items), BurdenText.Number(s.Submissions)])]);

    /// <summary>The dictionary in the import's columns, so an export imports again unchanged.</summary>
    public static BurdenTable Dictionary(FieldDictionary d)
    {
        var rows = DataFieldFile.Rows(d.Fields).ToList();
        return new("data-fields", rows[0], [.. rows.Skip(1)]);
    }

    private static string Task(RunningCollection t) => $"{t.Number} {t.Title}";
}
