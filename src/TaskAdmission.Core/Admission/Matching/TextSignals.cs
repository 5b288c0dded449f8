using System.Text.RegularExpressions;

namespace TaskAdmission.Core.Admission.Matching;

/// <summary>
/// Phrases in a task's text that reveal demands the department did not declare, or prohibited work behind an
/// innocent item code. Each pattern is narrow on purpose: it must name the act, not just the topic
/// (宣传拆迁政策 is fine; 负责完成拆迁任务 is not).
/// </summary>
public static partial class TextSignals
{
    /// <summary>Prohibited work concepts with a canonical phrase used to find the list item to cite.</summary>
    public static readonly IReadOnlyList<(string Concept, string Canonical, Regex Pattern)> ProhibitedWork =
    [
        ("tax", "协税护税和代征税费", Tax()),
        ("investment", "招商引资任务", Investment()),
        ("demolition", "作为征地拆迁责任主体", Demolition()),
        ("enforcement", "行政执法和违法建设查处", Enforcement()),
        ("worksafety", "安全生产监管主体责任", WorkSafety()),
        ("marketfood", "市场监管和食品安全监管主体责任", MarketFood()),
        ("environment", "生态环境监管执法主体责任", Environment()),
    ];

    [GeneratedRegex("(协税|护税|代征|代收|催缴|收缴|征收)[^。;；]{0,6}(税|费)|税费[^。;；]{0,4}(征收|收缴|代征|催缴)")]
    private static partial Regex Tax();

    [GeneratedRegex("招商引资|招商[^。;；]{0,6}(任务|指标|项目数)|引资[^。;；]{0,4}(任务|指标)|引进[^。;；]{0,4}(项目|企业)[^。;；]{0,4}(任务|指标)")]
    private static partial Regex Investment();

    [GeneratedRegex("(征地|拆迁|动迁)[^。;；]{0,12}(责任主体|主体责任|负责|任务|指标|签约率)|(负责|承担|完成|包干)[^。;；]{0,8}(征地|拆迁|动迁)")]
    private static partial Regex Demolition();

    [GeneratedRegex("(负责|开展|组织|承担|实施)[^。;；]{0,8}(执法|查处|拆违|罚款|行政处罚)|违法建设[^。;；]{0,6}(查处|拆除)|(村|社区)[^。;；]{0,6}(执法|罚款)")]
    private static partial Regex Enforcement();

    [GeneratedRegex("安全生产[^。;；]{0,10}(主体责任|监管责任|责任主体|监管执法)")]
    private static partial Regex WorkSafety();

    [GeneratedRegex("(食品安全|市场监管)[^。;；]{0,10}(主体责任|监管责任|责任主体)")]
    private static partial Regex MarketFood();

    [GeneratedRegex("(生态环境|环保|环境)[^。;；]{0,8}(执法|监管主体|主体责任)")]
    private static partial Regex Environment();

    [GeneratedRegex("责任状|责任书|承诺书|一票否决")]
    public static partial Regex PledgeOrVeto();

    [GeneratedRegex("打卡|接龙|截图|拍照上传|上传照片|照片上传|上传视频|视频上传|定位|轨迹|在线时长|积分排名|下载安装|安装率|签到|即时回复|秒回")]
    public static partial Regex AppCheckIn();

    [GeneratedRegex("考核|评比|排名|排序|打分|通报排名")]
    public static partial Regex Assessment();

    [GeneratedRegex("创建示范|示范创建|示范村|示范社区|达标创建|创建活动")]
    public static partial Regex Demonstration();

    [GeneratedRegex("挂牌|牌子|标牌|机制牌|上墙")]
    public static partial Regex Signboard();
}
