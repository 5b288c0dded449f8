using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;
using TaskAdmission.Application.Audit;
using Microsoft.Extensions.Localization;
using TaskAdmission.Application.Admission;
using TaskAdmission.Application.Admission.Appeals;
using TaskAdmission.Core.Admission.Precheck;
using TaskAdmission.Core.Admission.Submissions;
using TaskAdmission.Core.Common;
using TaskAdmission.Core.Security;
using TaskAdmission.Web.Api;
using TaskAdmission.Web.Localization;
using TaskAdmission.Web.Security;
using TaskAdmission.Web.Security.OAuth;

namespace TaskAdmission.Web.Features.Admission;

/// <summary>The department API: pre-check, submit (Idempotency-Key honoured), read status, withdraw.</summary>
public static class AdmissionApi
{
    private static readonly string[] DepartmentRoles = [AppRoles.DepartmentSubmitter, AppRoles.DepartmentHead, AppRoles.DepartmentSystem];
    private static readonly string[] ReaderRoles = [.. DepartmentRoles, AppRoles.TownshipApprover, AppRoles.JointReviewer, AppRoles.Supervisor];

    public static void MapAdmissionApi(this RouteGroupBuilder root)
    {
        // A use case's refusal becomes problem+json in the group's filter; the handlers only check the JSON shape.
        var api = root.MapGroup("").WithRefusalProblems("Submission");
        api.MapPost("/precheck", PrecheckAsync).RequireAuthorization(p => p.RequireRole(DepartmentRoles)).RequireApiScope(ApiScopes.Precheck).WithName("Precheck");
        api.MapPost("/submissions", SubmitAsync).RequireAuthorization(p => p.RequireRole(AppRoles.DepartmentSubmitter, AppRoles.DepartmentSystem)).WithName("Submit");
        api.MapGet("/submissions/{id:guid}", GetAsync).RequireAuthorization(p => p.RequireRole(ReaderRoles)).WithName("GetSubmission");
        api.MapPost("/submissions/{id:guid}/appeal", AppealAsync).RequireAuthorization(p => p.RequireRole(DepartmentRoles)).WithName("Appeal");
        api.MapGet("/submissions/{id:guid}/appeal", GetAppealAsync).RequireAuthorization(p => p.RequireRole(ReaderRoles)).WithName("GetAppeal");
        api.MapPost("/submissions/{id:guid}/withdraw", WithdrawAsync).RequireAuthorization(p => p.RequireRole(AppRoles.DepartmentSubmitter, AppRoles.DepartmentSystem)).WithName("Withdraw");
    }

    private static async Task<Results<Ok<PrecheckResult>, ValidationProblem>> PrecheckAsync(
        HttpRequest http, ClaimsPrincipal user, AdmissionService admission, IStringLocalizer<SharedResource> text, CancellationToken ct)
    {
        // The submission body is accepted too, so a client can check exactly what it will submit.
        var (dto, bad) = await ReadAsync<SubmissionRequestDto>(http, text, ct);
        if (dto is null)
        {
            return bad!;
        }
        var request = dto.ToRequest(admission.Today);
        if (!string.Equals(request.DepartmentCode, user.ToActor().DepartmentCode, StringComparison.OrdinalIgnoreCase))
        {
            throw RefusalException.Invalid("departmentCode", "OtherDepartment");
        }
        return TypedResults.Ok((await admission.PrecheckAsync(request, RefusalProblems.Language, ct)).Result);
    }

    private static async Task<Results<Created<SubmissionResponse>, Ok<SubmissionResponse>, ValidationProblem>> SubmitAsync(
        HttpRequest http, ClaimsPrincipal user, AdmissionService admission, DecisionIntegrityService integrity, IStringLocalizer<SharedResource> text, CancellationToken ct)
    {
        var key = http.Headers["Idempotency-Key"].ToString();
        if (key.Length > 100)
        {
            throw RefusalException.Invalid("Idempotency-Key", "TooLong", 100);
        }
        var (dto, bad) = await ReadAsync<SubmissionRequestDto>(http, text, ct);
        if (dto is null)
        {
            return bad!;
        }
        var actor = user.ToActor();
        // A department system's submission goes straight in (the key or token stands for the department's sign-off);
        // a person's submission waits for the department head. Both in one transaction, so a replay never meets a half-done one.
        var start = actor.Role == AppRoles.DepartmentSystem ? SubmissionStart.Review : SubmissionStart.SignOff;
        var input = new SubmissionInput(dto.ToRequest(admission.Today), dto.ContactName ?? "", dto.ContactPhone ?? "", dto.Frequency);
        var (submission, created) = await admission.CreateOnceAsync(input, actor, start, key.Length > 0 ? key : null, ct);
        var view = await ViewAsync(submission.Id, actor, admission, integrity, ct);
        return created ? TypedResults.Created($"/api/v1/submissions/{submission.Id}", view) : TypedResults.Ok(view);
    }

    private static async Task<Ok<SubmissionResponse>> GetAsync(Guid id, ClaimsPrincipal user, AdmissionService admission, DecisionIntegrityService integrity, CancellationToken ct) =>
        TypedResults.Ok(await ViewAsync(id, user.ToActor(), admission, integrity, ct));

    /// <summary>
    /// The submission as the caller may see it, each decision checked against its audit entry; 404 when not visible. The
    /// villages are counted by the database, not read (the answer shows only their counts).
    /// </summary>
    private static async Task<SubmissionResponse> ViewAsync(Guid id, Actor actor, AdmissionService admission, DecisionIntegrityService integrity, CancellationToken ct)
    {
        var (submission, villages, admitted) = await admission.GetWithVillageCountsAsync(id, actor, ct) ?? throw RefusalException.NotFound();
        return SubmissionResponse.From(submission, villages, admitted, await integrity.CheckAsync(submission, ct), LocalizationExtensions.IsEnglish);
    }

    private static async Task<Results<Ok<SubmissionResponse>, ValidationProblem>> WithdrawAsync(
        Guid id, HttpRequest http, ClaimsPrincipal user, AdmissionService admission, DecisionIntegrityService integrity, IStringLocalizer<SharedResource> text, CancellationToken ct)
    {
        var (dto, bad) = await ReadAsync<WithdrawRequestDto>(http, text, ct);
        if (dto is null)
        {
            return bad!;
        }
        var actor = user.ToActor();
        await admission.WithdrawAsync(id, actor, dto.Reason ?? "", ct);
        return TypedResults.Ok(await ViewAsync(id, actor, admission, integrity, ct));
    }

    /// <summary>
    /// The department asks for a human review of a pre-check refusal (复核申请). 201 with the appeal; a second request for
    /// the same submission (a retry) is 409 <c>AlreadyAppealed</c> and changes nothing; bad fields are a 400 per field.
    /// </summary>
    private static async Task<Results<Created<AppealView>, ValidationProblem>> AppealAsync(
        Guid id, HttpRequest http, ClaimsPrincipal user, PrecheckAppealService appeals, IStringLocalizer<SharedResource> text, CancellationToken ct)
    {
        var (dto, bad) = await ReadAsync<AppealRequestDto>(http, text, ct);
        if (dto is null)
        {
            return bad!;
        }
        var actor = user.ToActor();
        var appeal = await appeals.AppealAsync(id, dto.ToInput(), actor, ct);
        return TypedResults.Created($"/api/v1/submissions/{id}/appeal", await appeals.GetAsync(appeal.Id, actor, ct));
    }

    /// <summary>The submission's appeal with each finding's reason and verdict; 404 when there is none the caller may see.</summary>
    private static async Task<Ok<AppealView>> GetAppealAsync(Guid id, ClaimsPrincipal user, PrecheckAppealService appeals, CancellationToken ct) =>
        TypedResults.Ok(await appeals.ForSubmissionAsync(id, user.ToActor(), ct) ?? throw RefusalException.NotFound());

    /// <summary>
    /// Reads a bounded JSON body; a wrong type or unknown field becomes a field-level 400, never an exception page. The
    /// bound holds for chunked bodies too (no Content-Length): the server stops reading past it.
    /// </summary>
    private static async Task<(T? Value, ValidationProblem? Problem)> ReadAsync<T>(HttpRequest http, IStringLocalizer text, CancellationToken ct) where T : class
    {
        if (http.ContentLength > AdmissionJson.MaxBodyBytes)
        {
            throw RefusalException.Invalid("body", "TooLong", AdmissionJson.MaxBodyBytes);
        }
        if (http.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = AdmissionJson.MaxBodyBytes;
        }
        try
        {
            return await JsonSerializer.DeserializeAsync<T>(http.Body, AdmissionJson.Options, ct) is { } value
                ? (value, null)
                : throw RefusalException.Invalid("body", "Required");
        }
        catch (JsonException ex)
        {
            return (null, RefusalProblems.BadJson(ex, text));
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            throw RefusalException.Invalid("body", "TooLong", AdmissionJson.MaxBodyBytes);
        }
    }
}
