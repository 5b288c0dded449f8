using System.Globalization;
using TaskAdmission.Core.Common;
using TaskAdmission.Core.Lists;
using TaskAdmission.Web.Localization;

namespace TaskAdmission.Web.Features.Lists;

/// <summary>Domain texts in the request's culture: problems from ListMessages, kinds and demands from ListLabels, dates.</summary>
public static class ListText
{
    public static AppLanguage Language => AppLanguages.FromCulture(CultureInfo.CurrentUICulture);

    /// <summary>With the row/column/item prefix, as an import report shows it.</summary>
    public static string Problem(ListProblem problem) => ListMessages.Render(problem, Language);

    /// <summary>Without the prefix, for a message beside its field.</summary>
    public static string ProblemText(ListProblem problem) => ListMessages.Text(problem.Code, problem.Arguments, Language);

    public static string Kind(ListKind kind) => ListLabels.Kind(kind, Language);

    public static string Demands(DemandKind demands) => ListLabels.DemandList(demands, Language);

    public static string Demand(DemandKind demand) => ListLabels.Demand(demand, Language);

    public static string Date(DateOnly? date) => date?.ToString("d", CultureInfo.CurrentCulture) ?? "";

    public static string Title(ListItem item) =>
        LocalizationExtensions.IsEnglish && !string.IsNullOrEmpty(item.TitleEn) ? item.TitleEn : item.TitleZh;
}
