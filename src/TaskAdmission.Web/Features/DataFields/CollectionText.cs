using Microsoft.Extensions.Localization;
using TaskAdmission.Core.Burden;
using TaskAdmission.Core.Common;
using TaskAdmission.Core.DataFields;
using TaskAdmission.Web.Localization;

namespace TaskAdmission.Web.Features.DataFields;

/// <summary>How the collect-once screens word problems and field lists, in the current language.</summary>
public static class CollectionText
{
    /// <summary>A dictionary problem (row and column first when from a file).</summary>
    public static string Problem(IStringLocalizer<CollectionResource> c, IProblem problem)
    {
        if (problem is not BurdenProblem p)
        {
            return c[$"Problem.{problem.Code}"];
        }
        var text = c[$"Problem.{p.Code}", p.Arguments.Cast<object>().ToArray()].Value;
        return p.Row is { } row ? c["Problem.At", row, c[$"Column.{p.Field}"].Value, text] : text;
    }

    /// <summary>Field names as one line: 姓名、公民身份号码 / Name, Citizen ID number.</summary>
    public static string Join(IStringLocalizer<CollectionResource> c, IEnumerable<string> names) => string.Join(c["List.Separator"].Value, names);

    /// <summary>Field names as the reader's language has them: the dictionary's English name when there is one, else as stored.</summary>
    public static string Names(IStringLocalizer<CollectionResource> c, FieldDictionary dictionary, IEnumerable<string> names) =>
        Join(c, names.Select(n => dictionary.Find(n)?.DisplayName(LocalizationExtensions.IsEnglish) ?? n));
}
