using TaskAdmission.Core.DataFields;

namespace TaskAdmission.Web.Features.DataFields;

/// <summary>The dictionary entry form as posted (synonyms in one box, separated by 、 ; or lines); the rules are <see cref="DataFieldRules"/>.</summary>
public sealed class DataFieldForm
{
    public string Name { get; set; } = "";
    public string Group { get; set; } = "";
    public string Synonyms { get; set; } = "";
    public string NameEn { get; set; } = "";

    public DataFieldInput ToInput() => new(Name ?? "", string.IsNullOrWhiteSpace(NameEn) ? null : NameEn, Group ?? "", FieldNames.Split(Synonyms));
}
