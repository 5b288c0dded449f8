namespace TaskAdmission.Core.DataFields;

/// <summary>
/// One entry of the shared field dictionary (数据字段字典): a canonical name villages are asked to collect (公民身份号码),
/// its group (人口, 户籍, 住房 …) and the other names people write for it (身份证号, 身份证号码), so free text maps onto it.
/// Kept by the list administrator.
/// </summary>
public sealed class DataField
{
    public const int NameMax = 40;
    public const int NameEnMax = 80;
    public const int GroupMax = 20;
    public const int MaxSynonyms = 20;

    public Guid Id { get; set; }
    public string Name { get; set; } = "";
    public string? NameEn { get; set; }
    public string Group { get; set; } = "";

    /// <summary>Other names of the field (stored in one column like the claimed codes).</summary>
    public List<string> Synonyms { get; set; } = [];

    public string UpdatedBy { get; set; } = "";
    public DateTime UpdatedAtUtc { get; set; }

    public string DisplayName(bool english) => english && !string.IsNullOrEmpty(NameEn) ? NameEn : Name;
}
