using Microsoft.AspNetCore.Components;
using TaskAdmission.Application.Purchase;
using TaskAdmission.Core.Common;
using TaskAdmission.Core.Purchase;
using TaskAdmission.Core.Security;
using TaskAdmission.Web.Components.Shared;
using TaskAdmission.Web.Security;

namespace TaskAdmission.Web.Features.Purchase;

/// <summary>
/// One action form of a case (a step, a payment, a file): the case it acts on, the refusal shown beside the fields,
/// and post/redirect/get back to the case (or to <see cref="ReturnTo"/>, the village's page) with what was done.
/// </summary>
public abstract class PurchaseForm : ComponentBase
{
    [Parameter, EditorRequired] public PurchaseCaseDetail Detail { get; set; } = default!;

    /// <summary>The page to show after success; the department's case page by default.</summary>
    [Parameter] public string? ReturnTo { get; set; }

    [CascadingParameter] protected HttpContext HttpContext { get; set; } = default!;

    [Inject] protected PurchaseCaseService Cases { get; set; } = default!;

    [Inject] protected NavigationManager Navigation { get; set; } = default!;

    protected FormErrors Errors { get; } = new();

    protected Actor Actor => HttpContext.User.ToActor();

    protected PurchaseCase Case => Detail.Case;

    /// <summary>Shows the input's own problems, or runs the command and goes back to the case; a refusal stays on the form.</summary>
    protected async Task RunAsync(Func<Task> command, string done, List<PurchaseProblem>? inputProblems = null)
    {
        if (inputProblems is { Count: > 0 })
        {
            PurchaseText.AddTo(Errors, RefusalException.Invalid([.. inputProblems]));
            return;
        }
        try
        {
            await command();
        }
        catch (RefusalException refusal)
        {
            PurchaseText.AddTo(Errors, refusal);
            return;
        }
        Navigation.NavigateTo($"{ReturnTo ?? $"/purchase/cases/{Case.Id}"}?done={done}");
    }
}
