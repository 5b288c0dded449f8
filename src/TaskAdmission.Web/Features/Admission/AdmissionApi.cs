using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using TaskAdmission.Application.Admission;
using TaskAdmission.Core.Admission.Precheck;
using TaskAdmission.Core.Common;
using TaskAdmission.Core.Security;
using TaskAdmission.Web.Security;

namespace TaskAdmission.Web.Features.Admission;

/// <summary>The department API: pre-check, submit (Idempotency-Key honoured), read status, withdraw.</summary>
public static class AdmissionApi
{
    private static readonly string[] DepartmentRoles = [AppRoles.DepartmentSubmitter, AppRoles.DepartmentHead, AppRoles.DepartmentSystem];
    private static readonly string[] ReaderRoles = [.. DepartmentRoles, AppRoles.TownshipApprover, AppRoles.JointReviewer, AppRoles.Supervisor];

    public static void MapAdmissionApi(this RouteGroupBuilder api)
    {
        api.MapPost("/precheck", PrecheckAsync).RequireAuthorization(p => p.RequireRole(DepartmentRoles)).WithName("Precheck");
        api.MapPost("/submissions", SubmitAsync).RequireAuthorization(p => p.RequireRole(AppRoles.DepartmentSubmitter, AppRoles.DepartmentSystem)).WithName("Submit");
        api.MapGet("/submissions/{id:guid}", GetAsync).RequireAuthorization(p => p.RequireRole(ReaderRoles)).WithName("GetSubmission");
        api.MapPost("/submissions/{id:guid}/withdraw", WithdrawAsync).RequireAuthorization(p => p.RequireRole(AppRoles.DepartmentSubmitter, AppRoles.DepartmentSystem)).WithName("Withdraw");
    }

    private static async Task<Results<Ok<PrecheckResult>, ValidationProblem, ProblemHttpResult>> PrecheckAsync(
        HttpRequest http, ClaimsPrincipal user, AdmissionService admission, CancellationToken ct)
    {
        // The submission body is accepted too, so a client can check exactly what it will submit.
        var (dto, bad) = await ReadAsync<SubmissionRequestDto>(http, ct);
        if (dto is null)
        {
            return bad!;
        }
        var request = dto.ToRequest(admission.Today);
        if (!string.Equals(request.DepartmentCode, user.ToActor().DepartmentCode, StringComparison.OrdinalIgnoreCase))
        {
            return AdmissionProblems.Validation([new("departmentCode", "OtherDepartment")]);
        }
        try
        {
            return TypedResults.Ok((await admission.PrecheckAsync(request, AdmissionProblems.Language, ct)).Result);
        }
        catch (RefusalException ex) when (ex.Kind == RefusalKind.Invalid)
        {
            return AdmissionProblems.Validation(ex.Problems);
        }
        catch (RefusalException ex)
        {
            return AdmissionProblems.Problem(ex);
        }
    }

    private static async Task<Results<Created<SubmissionResponse>, Ok<SubmissionResponse>, ValidationProblem, ProblemHttpResult>> SubmitAsync(
        HttpRequest http, ClaimsPrincipal user, AdmissionService admission, CancellationToken ct)
    {
        var key = http.Headers["Idempotency-Key"].ToString();
        if (key.Length > 100)
        {
            return AdmissionProblems.Validation([new("Idempotency-Key", "TooLong", 100)]);
        }
        var (dto, bad) = await ReadAsync<SubmissionRequestDto>(http, ct);
        if (dto is null)
        {
            return bad!;
        }
        var actor = user.ToActor();
        try
        {
            // A department system's submission goes straight in (the key stands for the department's sign-off);
            // a person's submission waits for the department head.
            var system = actor.Role == AppRoles.DepartmentSystem;
            var input = new SubmissionInput(dto.ToRequest(admission.Today), dto.ContactName ?? "", dto.ContactPhone ?? "", dto.Frequency);
            var submission = await admission.CreateAsync(input, actor, start: system, key.Length > 0 ? key : null, ct);
            if (!system && submission.Status == Core.Admission.Submissions.SubmissionStatus.Draft)
            {
                submission = await admission.RequestSignOffAsync(submission.Id, actor, ct);
            }
            var view = SubmissionResponse.From((await admission.GetAsync(submission.Id, actor, ct))!, AdmissionProblems.Language == AppLanguage.En);
            return TypedResults.Created($"/api/v1/submissions/{submission.Id}", view);
        }
        catch (RefusalException ex) when (ex.Kind == RefusalKind.Invalid)
        {
            return AdmissionProblems.Validation(ex.Problems);
        }
        catch (RefusalException ex)
        {
            return AdmissionProblems.Problem(ex);
        }
    }

    private static async Task<Results<Ok<SubmissionResponse>, ProblemHttpResult>> GetAsync(Guid id, ClaimsPrincipal user, AdmissionService admission, CancellationToken ct)
    {
        var submission = await admission.GetAsync(id, user.ToActor(), ct);
        return submission is null
            ? AdmissionProblems.Problem(RefusalException.NotFound())
            : TypedResults.Ok(SubmissionResponse.From(submission, AdmissionProblems.Language == AppLanguage.En));
    }

    private static async Task<Results<Ok<SubmissionResponse>, ValidationProblem, ProblemHttpResult>> WithdrawAsync(
        Guid id, HttpRequest http, ClaimsPrincipal user, AdmissionService admission, CancellationToken ct)
    {
        var (dto, bad) = await ReadAsync<WithdrawRequestDto>(http, ct);
        if (dto is null)
        {
            return bad!;
        }
        var actor = user.ToActor();
        try
        {
            await admission.WithdrawAsync(id, actor, dto.Reason ?? "", ct);
            return TypedResults.Ok(SubmissionResponse.From((await admission.GetAsync(id, actor, ct))!, AdmissionProblems.Language == AppLanguage.En));
        }
        catch (RefusalException ex) when (ex.Kind == RefusalKind.Invalid)
        {
            return AdmissionProblems.Validation(ex.Problems);
        }
        catch (RefusalException ex)
        {
            return AdmissionProblems.Problem(ex);
        }
    }

    /// <summary>Reads a bounded JSON body; a wrong type or unknown field becomes a field-level 400, never an exception page.</summary>
    private static async Task<(T? Value, ValidationProblem? Problem)> ReadAsync<T>(HttpRequest http, CancellationToken ct) where T : class
    {
        if (http.ContentLength > AdmissionJson.MaxBodyBytes)
        {
            return (null, AdmissionProblems.Validation([new("body", "TooLong", AdmissionJson.MaxBodyBytes)]));
        }
        try
        {
            var value = await JsonSerializer.DeserializeAsync<T>(http.Body, AdmissionJson.Options, ct);
            return value is null ? (null, AdmissionProblems.Validation([new("body", "Required")])) : (value, null);
        }
        catch (JsonException ex)
        {
            return (null, AdmissionProblems.BadJson(ex));
        }
    }
}
