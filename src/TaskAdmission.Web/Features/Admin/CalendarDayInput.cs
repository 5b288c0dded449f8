using System.Globalization;
using Microsoft.Extensions.Localization;
using TaskAdmission.Application.Calendar;
using TaskAdmission.Web.Components.Shared;
using TaskAdmission.Web.Localization;
using TaskAdmission.Workflows.Calendar;

namespace TaskAdmission.Web.Features.Admin;

/// <summary>The add-or-update form of the working calendar page (fields as posted: date, kind, name).</summary>
public sealed class CalendarDayInput
{
    public string Date { get; set; } = "";
    public string Kind { get; set; } = "";
    public string Name { get; set; } = "";

    /// <summary>Parses the fields, adding a field message for each that is missing or malformed.</summary>
    public (DateOnly Date, CalendarDayKind Kind)? Read(FormErrors errors, IStringLocalizer<SharedResource> l)
    {
        DateOnly date = default;
        CalendarDayKind kind = default;
        if (string.IsNullOrWhiteSpace(Date))
        {
            errors.Add("date", l["Validation.Required", l["Calendar.Date"]]);
        }
        else if (!DateOnly.TryParseExact(Date.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
        {
            errors.Add("date", l["Calendar.BadDate"]);
        }
        if (!Enum.TryParse(Kind, ignoreCase: false, out kind) || !Enum.IsDefined(kind))
        {
            errors.Add("kind", l["Calendar.BadKind"]);
        }
        NewUserInput.Check(errors, l, "name", Name, "Calendar.Name", CalendarDayRules.NameMaxLength);
        return errors.Any ? null : (date, kind);
    }

    /// <summary>The form field a store problem belongs to.</summary>
    public static string FieldOf(string column) => column switch
    {
        "date" => "date",
        "kind" => "kind",
        _ => "name",
    };
}
