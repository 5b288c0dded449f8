using System.Reflection;
using Microsoft.AspNetCore.Http.Metadata;

namespace TaskAdmission.Web.Features.Villages;

/// <summary>
/// A 200 JSON body serialised once and written as bytes on every request (the cached open inbox: ≈ 10 KB of JSON per
/// village would otherwise be serialised per request). Described to OpenAPI as <typeparamref name="T"/>.
/// </summary>
public sealed class CachedJsonResult<T>(byte[] utf8Json) : IResult, IEndpointMetadataProvider, IStatusCodeHttpResult
{
    public int? StatusCode => StatusCodes.Status200OK;

    public Task ExecuteAsync(HttpContext httpContext)
    {
        var response = httpContext.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = "application/json; charset=utf-8";
        response.ContentLength = utf8Json.Length;
        return response.Body.WriteAsync(utf8Json, httpContext.RequestAborted).AsTask();
    }

    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder) =>
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status200OK, typeof(T), ["application/json"]));
}
