namespace TaskAdmission.Web.Api;

public static class RefusalEndpointExtensions
{
    /// <summary>
    /// The group's endpoints answer a refusal with problem+json (see <see cref="RefusalProblems"/>); <paramref name="subject"/>
    /// names what the group serves, for the not-found detail.
    /// </summary>
    public static RouteGroupBuilder WithRefusalProblems(this RouteGroupBuilder group, string subject)
    {
        group.AddEndpointFilter(new RefusalEndpointFilter(subject));
        group.ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict).ProducesValidationProblem();
        return group;
    }
}
