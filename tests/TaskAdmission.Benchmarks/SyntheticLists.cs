using TaskAdmission.Core.Lists;

namespace TaskAdmission.Benchmarks;

/// <summary>
/// A synthetic city set for the pre-check benchmark: 500 items of every kind, each with four recognition phrases in the
/// pattern language (alternations, gaps, exclusions, synonym groups), so the lexicon holds 2,000 phrases plus the groups.
/// Words are compounds of two vocabularies, so the literals are as distinct as a real lexicon's.
/// </summary>
internal static class SyntheticLists
{
    private static readonly string[] Verbs = ["协助开展", "协助做好", "组织实施", "配合做好", "协助推进"];
    private static readonly string[] Topics =
    [
        "养老服务", "残疾人关爱", "儿童保护", "就业创业", "医疗保险", "防灾减灾", "森林防火", "禁毒宣传", "流动人口", "人居环境",
        "河长制", "耕地保护", "动物防疫", "法治宣传", "退役军人服务", "兵役登记", "防返贫监测", "控辍保学", "公共卫生", "统计调查",
    ];
    private static readonly string[] Heads = ["登记", "走访", "排查", "核查", "宣传", "巡查", "报送", "培训", "摸底", "采集", "调解", "服务", "监测", "管护", "动员", "清理"];
    private static readonly string[] Objects = ["农户", "老人", "企业", "商户", "学生", "房屋", "河道", "林地", "车辆", "摊点", "厂房", "水源", "道路", "档案", "设施", "集市"];

    public static List<ListItem> Items(int count)
    {
        var kinds = new[] { ListKind.Autonomy, ListKind.Assist, ListKind.Assist, ListKind.Prohibited, ListKind.CertificateAllowed, ListKind.CertificateProhibited };
        var items = Enumerable.Range(0, count).Select(i =>
        {
            var kind = kinds[i % kinds.Length];
            var head = Heads[i % Heads.Length];
            var obj = Objects[(i / Heads.Length) % Objects.Length];
            var other = Objects[(i + 5) % Objects.Length];
            return new ListItem
            {
                Id = Guid.NewGuid(),
                Kind = kind,
                Code = $"C-{i:0000}",
                TitleZh = $"{Verbs[i % Verbs.Length]}{Topics[i % Topics.Length]}第{i}项工作" + (kind is ListKind.CertificateAllowed or ListKind.CertificateProhibited ? "证明" : ""),
                AllowedDemands = kind.IsProhibitive() ? DemandKind.None : DemandKind.Report | DemandKind.FieldWork | DemandKind.Survey,
                Recognisers = string.Join("; ",
                    $"{obj}{head}",
                    $"(负责|承担|完成) ~10 {obj}{head} ~12 {{定额}}",
                    $"{{对象}} ~8 {head}{other} !宣传",
                    $"({Topics[i % Topics.Length]}|{obj}{other}) ~16 {head}"),
                SortOrder = i,
            };
        }).ToList();
        items.Add(Group("SYN-1", "定额", "任务;指标;目标;不少于;至少;确保;完成率;签约率;收缴率"));
        items.Add(Group("SYN-2", "对象", string.Join(";", Objects)));
        return items;
    }

    private static ListItem Group(string code, string name, string members) => new()
    {
        Id = Guid.NewGuid(), Kind = ListKind.Lexicon, Code = code, TitleZh = name, Category = LexiconFamilies.Synonyms, Recognisers = members, SortOrder = 10_000,
    };
}
