namespace TaskAdmission.Application.Burden;

/// <summary>What one department adds in the period ("" = a founded report that named no department we know).</summary>
public sealed record DepartmentFigure(string Code, string NameZh, string NameEn, int Items, int Submissions)
{
    public string Name(bool english) => english ? NameEn : NameZh;
}
