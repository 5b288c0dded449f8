using System.Security.Claims;
using TaskAdmission.Application.Lists;
using TaskAdmission.Core.Common;

namespace TaskAdmission.Web.Features.Lists;

/// <summary>Runs an uploaded list file through the store; shared by the import page's form and its htmx endpoint.</summary>
public sealed class ListImportRunner(ListService lists)
{
    /// <summary>A 20,000-row list is about 5 MB as CSV; twice that leaves room without letting the xlsx reader load anything huge.</summary>
    public const int MaxMegabytes = 10;

    public async Task<ListImportView> RunAsync(ListImportForm form, IFormFile? file, ClaimsPrincipal user, CancellationToken ct = default)
    {
        var manager = ListUsers.Manager(user);
        if (file is null || file.Length == 0)
        {
            return new ListImportView("", ListFileFormat.Csv, null, "Import.NoFile");
        }

        var format = FormatOf(file);
        if (file.Length > MaxMegabytes * 1024L * 1024L)
        {
            return new ListImportView(file.FileName, format, null, "Import.TooBig", [MaxMegabytes]);
        }

        if (manager is null)
        {
            return new ListImportView(file.FileName, format, null, "Import.NotAllowed");
        }

        var header = new ListDraftHeader(
            form.Authority?.Trim() ?? "", form.SetName ?? "", form.Version ?? "",
            Guid.TryParse(form.Parent, out var parent) ? parent : null);
        await using var stream = file.OpenReadStream();
        try
        {
            return new ListImportView(file.FileName, format, await lists.ImportDraftAsync(header, stream, format, manager, form.CheckOnly, ct: ct));
        }
        catch (RefusalException refusal)
        {
            return new ListImportView(file.FileName, format, null, Refusal: refusal);
        }
    }

    // The extension decides; a workbook renamed to .csv is still recognised by its zip signature.
    private static ListFileFormat FormatOf(IFormFile file)
    {
        if (file.FileName.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase))
        {
            return ListFileFormat.Xlsx;
        }

        using var stream = file.OpenReadStream();
        Span<byte> head = stackalloc byte[2];
        return stream.Read(head) == 2 && head[0] == (byte)'P' && head[1] == (byte)'K' ? ListFileFormat.Xlsx : ListFileFormat.Csv;
    }
}
