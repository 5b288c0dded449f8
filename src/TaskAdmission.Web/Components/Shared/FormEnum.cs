using TaskAdmission.Core.Common;

namespace TaskAdmission.Web.Components.Shared;

/// <summary>
/// An enum value posted by a page form, read by name only: a number ("99") would pass Enum.TryParse and be stored as a
/// value no screen can name, and a value the form binder cannot read must not quietly become the enum's default.
/// </summary>
public static class FormEnum
{
    /// <summary>The value named by <paramref name="posted"/>; otherwise refused on <paramref name="field"/>.</summary>
    public static T Read<T>(string? posted, string field) where T : struct, Enum =>
        posted is not null && Enum.GetNames<T>().Contains(posted) ? Enum.Parse<T>(posted) : throw RefusalException.Invalid(field, "BadValue");
}
