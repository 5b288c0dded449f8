using System.Text;
using TaskAdmission.Core.Common;

namespace TaskAdmission.Web.Components.Shared;

/// <summary>Opens an uploaded CSV as UTF-8 text (BOM or not) after checking it exists and is within the size limit.</summary>
public static class UploadReader
{
    public const int MaxMegabytes = 10;

    /// <summary>A reader, or a problem whose code is rendered as Import.{Code}.</summary>
    public static (TextReader? Reader, ImportProblem? Problem) Open(IFormFile? file)
    {
        if (file is null || file.Length == 0)
        {
            return (null, new ImportProblem(0, "", "NoFile"));
        }
        if (file.Length > MaxMegabytes * 1024L * 1024L)
        {
            return (null, new ImportProblem(0, "", "TooBig", MaxMegabytes.ToString()));
        }
        return (new StreamReader(file.OpenReadStream(), new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true), null);
    }
}
