namespace TaskAdmission.Core.Lists.Import;

/// <summary>The header and rows both exporters write, so CSV and xlsx can never disagree.</summary>
internal static class ListExportRows
{
    public static List<string[]> Build(IEnumerable<ListItem> items)
    {
        // Stable: items with equal SortOrder keep the order the caller gave.
        var ordered = items.OrderBy(i => i.SortOrder).ToList();
        var withParent = ordered.Any(i => !string.IsNullOrEmpty(i.ParentCode));
        var withNotes = ordered.Any(i => !string.IsNullOrEmpty(i.Notes));
        var withRecognisers = ordered.Any(i => !string.IsNullOrEmpty(i.Recognisers));
        var header = ListColumns.Required.ToList();
        if (withParent)
        {
            header.Add(ListColumns.ParentCode);
        }

        if (withNotes)
        {
            header.Add(ListColumns.Notes);
        }

        if (withRecognisers)
        {
            header.Add(ListColumns.Recognisers);
        }

        var rows = new List<string[]>(ordered.Count + 1) { header.ToArray() };
        foreach (var item in ordered)
        {
            var row = new List<string>(header.Count)
            {
                item.Kind.ToString(),
                item.Code,
                item.TitleZh,
                item.TitleEn ?? "",
                item.Category ?? "",
                item.DepartmentCode ?? "",
                item.LegalBasis ?? "",
                DemandKinds.Format(item.AllowedDemands),
            };
            if (withParent)
            {
                row.Add(item.ParentCode ?? "");
            }

            if (withNotes)
            {
                row.Add(item.Notes ?? "");
            }

            if (withRecognisers)
            {
                row.Add(RecogniserCells.Canonical(item.Recognisers));
            }

            rows.Add(row.ToArray());
        }

        return rows;
    }
}
