using Microsoft.Extensions.Localization;
using TaskAdmission.Core.Common;
using TaskAdmission.Web.Localization;

namespace TaskAdmission.Web.Api;

/// <summary>Turns a use case's <see cref="RefusalException"/> into problem+json for every endpoint of a group.</summary>
public sealed class RefusalEndpointFilter(string subject) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        try
        {
            return await next(context);
        }
        catch (RefusalException refusal)
        {
            var text = context.HttpContext.RequestServices.GetRequiredService<IStringLocalizer<SharedResource>>();
            return RefusalProblems.From(refusal, text, subject);
        }
    }
}
