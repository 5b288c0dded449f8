using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using TaskAdmission.Application.Admission;
using TaskAdmission.Core.Admission.Submissions;
using TaskAdmission.Core.Common;
using TaskAdmission.Core.Lists;

namespace TaskAdmission.Web.Features.Admission;

/// <summary>problem+json answers of the admission API, with field messages in the caller's language.</summary>
public static class AdmissionProblems
{
    public static AppLanguage Language => AppLanguages.FromCulture(System.Globalization.CultureInfo.CurrentUICulture);

    /// <summary>404 (not found or not visible) or 409 (conflict); use <see cref="Validation"/> for Invalid.</summary>
    public static ProblemHttpResult Problem(RefusalException ex) => ex.Kind switch
    {
        RefusalKind.NotFound => TypedResults.Problem(statusCode: StatusCodes.Status404NotFound,
            title: Language == AppLanguage.En ? "Not found" : "未找到", detail: Language == AppLanguage.En ? "No such submission, or not visible to you." : "申请不存在,或您无权查看。"),
        RefusalKind.Conflict => TypedResults.Problem(statusCode: StatusCodes.Status409Conflict,
            title: Language == AppLanguage.En ? "Conflict" : "冲突", detail: SubmissionMessages.Text(ex.Problems[0], Language),
            extensions: new Dictionary<string, object?> { ["code"] = ex.Problems[0].Code }),
        _ => TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, detail: string.Join(" ", ex.Problems.Select(p => SubmissionMessages.Text(p, Language)))),
    };

    public static ValidationProblem Validation(IEnumerable<FieldProblem> problems) =>
        TypedResults.ValidationProblem(
            problems.GroupBy(p => p.Field).ToDictionary(g => g.Key, g => g.Select(p => SubmissionMessages.Text(p, Language)).ToArray()),
            title: Language == AppLanguage.En ? "The request has invalid fields." : "请求中有字段不符合要求。");

    /// <summary>A body that is not JSON of the right shape: say where (the JSON path) and stop.</summary>
    public static ValidationProblem BadJson(JsonException ex) =>
        TypedResults.ValidationProblem(
            new Dictionary<string, string[]> { [ex.Path?.TrimStart('$', '.') is { Length: > 0 } path ? path : "body"] = [Language == AppLanguage.En ? $"Invalid JSON: {ex.Message.Split('.')[0]}." : "JSON 格式或类型不正确。"] },
            title: Language == AppLanguage.En ? "The request body is not valid JSON for this endpoint." : "请求体不是本接口要求的 JSON。");
}
