using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;
using TaskAdmission.Core.Common;
using TaskAdmission.Web.Localization;

namespace TaskAdmission.Web.Api;

/// <summary>
/// The one mapping of a <see cref="RefusalException"/> to problem+json, in the caller's language: not found 404,
/// conflict 409 (with the problem's code), invalid 400 (a validation problem, messages per field), forbidden 403.
/// Endpoints do not catch refusals: <see cref="RefusalEndpointFilter"/> on their group calls this.
/// </summary>
public static class RefusalProblems
{
    public static AppLanguage Language => AppLanguages.FromCulture(CultureInfo.CurrentUICulture);

    /// <param name="subject">What the group serves ("Submission"), for the not-found detail (resource Problem.NotFound.{subject}).</param>
    public static IResult From(RefusalException refusal, IStringLocalizer text, string subject) => refusal.Kind switch
    {
        RefusalKind.NotFound => TypedResults.Problem(statusCode: StatusCodes.Status404NotFound,
            title: text["Problem.NotFound"], detail: text[$"Problem.NotFound.{subject}"]),
        RefusalKind.Conflict => Coded(StatusCodes.Status409Conflict, text["Problem.Conflict"], refusal),
        RefusalKind.Forbidden => Coded(StatusCodes.Status403Forbidden, text["Problem.Forbidden"], refusal),
        _ => Validation(refusal.Problems, text),
    };

    public static ValidationProblem Validation(IEnumerable<IProblem> problems, IStringLocalizer text) =>
        TypedResults.ValidationProblem(
            problems.GroupBy(p => p.Field).ToDictionary(g => g.Key, g => g.Select(p => ProblemText.Of(p, Language)).ToArray()),
            title: text["Problem.Invalid"]);

    /// <summary>A body that is not JSON of the right shape: say where (the JSON path) and stop.</summary>
    public static ValidationProblem BadJson(JsonException ex, IStringLocalizer text) =>
        TypedResults.ValidationProblem(
            new Dictionary<string, string[]> { [ex.Path?.TrimStart('$', '.') is { Length: > 0 } path ? path : "body"] = [text["Problem.BadJsonField", ex.Message.Split('.')[0]]] },
            title: text["Problem.BadJson"]);

    private static ProblemHttpResult Coded(int status, string title, RefusalException refusal) =>
        TypedResults.Problem(statusCode: status, title: title,
            detail: refusal.Problems.Count > 0 ? ProblemText.Of(refusal.Problems[0], Language) : null,
            extensions: new Dictionary<string, object?> { ["code"] = refusal.Code });
}
