namespace TaskAdmission.Application.Identity;

/// <summary>The outcome of a user change: the user id, or stable error codes the UI renders in zh-CN or en.</summary>
public sealed record UserAdminResult(string? UserId, IReadOnlyList<string> Errors)
{
    public bool Succeeded => Errors.Count == 0;

    public static UserAdminResult Ok(string userId) => new(userId, []);

    public static UserAdminResult Fail(params string[] errors) => new(null, errors);
}
