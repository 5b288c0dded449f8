using System.Globalization;
using Microsoft.Extensions.Localization;
using TaskAdmission.Core.Burden;
using TaskAdmission.Web.Components.Shared;
using TaskAdmission.Web.Localization;
using Fields = TaskAdmission.Core.Burden.BaselineRules.Fields;

namespace TaskAdmission.Web.Features.Burden;

/// <summary>The baseline form as posted; numbers are read here (a field message each), the rules are <see cref="BaselineRules"/>.</summary>
public sealed class BaselineForm
{
    public string OrgUnitCode { get; set; } = "";
    public string Kind { get; set; } = "";
    public string Year { get; set; } = "";
    public string Items { get; set; } = "";
    public string Submissions { get; set; } = "";
    public string? Note { get; set; }

    public BaselineInput? Read(FormErrors errors, IStringLocalizer<BurdenResource> b)
    {
        if (!BaselineFile.TryParseKind(Kind, out var kind))
        {
            errors.Add(Fields.Kind, b["Problem.UnknownKind", Kind]);
        }
        var year = Number(Year, Fields.Year, errors, b);
        var items = Number(Items, Fields.Items, errors, b);
        var submissions = Number(Submissions, Fields.Submissions, errors, b);
        return errors.Any ? null : new BaselineInput(OrgUnitCode ?? "", kind, year, items, submissions, Note);
    }

    private static int Number(string text, string field, FormErrors errors, IStringLocalizer<BurdenResource> b)
    {
        if (int.TryParse((text ?? "").Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }
        errors.Add(field, string.IsNullOrWhiteSpace(text) ? b["Problem.Required"] : b["Problem.NotANumber", text]);
        return 0;
    }
}
