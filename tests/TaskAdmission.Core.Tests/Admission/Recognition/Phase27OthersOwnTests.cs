using TaskAdmission.Core.Admission.Precheck;

namespace TaskAdmission.Core.Tests.Admission.Recognition;

/// <summary>
/// Issue 11, phase 27: who is ranked, rated or made to act, read from the clause's grammar and from the shape of
/// organisation names, not from lists of the bodies of one line of work. A party named in a bracket after its colon; a
/// works (…厂) addressed; a service whose name says it goes to the villages (…进村服务站); a power the paper says someone
/// lacks (没有…的权力); a work moved to a body (改由 X); a village's name that only says where a point, a line or a driver is
/// (红岩村站点 among a counted class, 张某（石桥村班线）); an assessed object's head after its 的; a quoted question named by
/// the asked word after it; a named village someone goes into (走进桃园村); a thing's location. Beside each quieting shape,
/// the same shape used to put the act on the village must fire. Every sentence is written for these tests.
/// </summary>
public sealed class Phase27OthersOwnTests(PrecheckFixture fixture) : IClassFixture<PrecheckFixture>
{
    [Theory]
    // A patrol agreement between a utility and a person, the person's party named in a bracket.
    [InlineData("巡线服务协议（样本）", "甲方：某县供电公司\n乙方：（巡线员本人）\n一、乙方每周沿线巡查两次，用甲方发放的手持终端记录行走轨迹。\n二、甲方按月付给乙方报酬。", PrecheckRules.AppCheckIn)]
    // A group ranking its own brickworks, sent to them.
    [InlineData("关于上半年各砖厂安全生产考核排名的通报", "各砖厂：\n上半年集团对下属砖厂的安全生产进行了考核，东山砖厂排第一，西岭砖厂居末位，限期整改。", PrecheckRules.AssessmentBan)]
    // A service whose name says it goes to the villages, run by the firms.
    [InlineData("关于电商进村站点安全责任的通知", "各镇，各电商企业：\n电商进村服务站自主经营，承担消防安全的主体责任。", PrecheckRules.ProhibitedItem)]
    // A power the village's committee is told it does not have.
    [InlineData("关于村调解委员会处理纠纷权限的提示", "各村调解委员会：\n调解委员会没有扣押、没收当事人物品的权力，遇到纠纷应当报告派出所。", PrecheckRules.ProhibitedItem)]
    // A charge moved to a company.
    [InlineData("关于垃圾费收取办法调整的通知", "各村：\n自明年一月起，垃圾处理费改由环卫公司随电费一并收取。", PrecheckRules.ProhibitedItem)]
    // A bus company's driver, the village only naming his line in a bracket.
    [InlineData("关于六月乘务评比结果的通报", "公司各车队：\n六月乘务评比，第二车队张某（石桥村班线）得分最低，列末位，停班培训两天。", PrecheckRules.AssessmentBan)]
    // A company's purchase points, one of a counted class named after the village it stands in.
    [InlineData("关于代购点星级评定的通报", "各分公司：\n今年评出五星代购点8个、三星代购点15个，桃园村代购点排名末位，由所属分公司督促经营户整改。", PrecheckRules.AssessmentBan)]
    // An accounting firm assessing the accountants it sends to the villages.
    [InlineData("某会计师事务所驻镇服务内部考评细则", "一、考评对象：本所派往各村（社区）做账的会计人员。\n二、本所每半年按服务记录给会计人员打分，在所内排名，排名末位的调换岗位。", PrecheckRules.AssessmentBan)]
    // A village's question quoted as what it asked, answered no.
    [InlineData("关于石桥村询问务工证明问题的答复", "石桥村民委员会：\n你村关于“村民外出打工是否需要村里开具务工证明”的询问收悉。经核实，村委会不需要开具此类证明，请当事人直接联系用工单位。", PrecheckRules.ProhibitedCertificate)]
    // Photographers invited into a village check in themselves.
    [InlineData("桃花节采风活动方案", "镇文化站邀请摄影爱好者走进桃园村采风打卡，食宿由主办方负责。", PrecheckRules.AppCheckIn)]
    // A farm machine's position watched by its owner.
    [InlineData("关于为农户农机安装北斗定位终端的通知", "各村（社区）：\n区农业农村局为农户农机免费安装北斗终端，农户自愿。安装后，农机丢失可用手机实时查看农机位置。", PrecheckRules.AppCheckIn)]
    public void AnotherBodyOrAThing_IsWhatTheClauseSpeaksOf(string title, string description, string rule) => fixture.AssertQuiet(title, description, rule);

    [Theory]
    // The same agreement signed by the village committee.
    [InlineData("巡线服务协议（样本）", "甲方：某县供电公司\n乙方：（某某村民委员会）\n一、乙方每周沿线巡查两次，用甲方发放的手持终端记录行走轨迹。\n二、甲方按月付给乙方报酬。", PrecheckRules.AppCheckIn)]
    // Brickworks addressed, the villages around them ranked.
    [InlineData("关于上半年各砖厂安全生产考核排名的通报", "各砖厂：\n上半年对砖厂周边各村的扬尘劝导工作进行考核，按村排名，末位的村要作说明。", PrecheckRules.AssessmentBan)]
    // A department ranking the villages through a consultancy it hires.
    [InlineData("关于集体经济考核的通知", "各镇：\n区农业局委托某咨询公司对各村集体经济的发展进行考核排名，排名末位的村予以通报。", PrecheckRules.AssessmentBan)]
    // The village's own service station made to bear the safety duty.
    [InlineData("关于电商服务站点安全责任的通知", "各镇，各电商企业：\n桃园村服务站自主经营，承担消防安全的主体责任。", PrecheckRules.ProhibitedItem)]
    // The power said to be the committee's, and used.
    [InlineData("关于村调解委员会处理纠纷权限的提示", "各村调解委员会：\n村调解委员会有没收违规物品的权力，发现后要立即没收。", PrecheckRules.ProhibitedItem)]
    // The charge moved to the villages.
    [InlineData("关于垃圾费收取办法调整的通知", "各村：\n自明年一月起，垃圾处理费改由各村随电费一并收取。", PrecheckRules.ProhibitedItem)]
    // A bracket that names the village itself, or its secretary.
    [InlineData("关于六月环境卫生评比结果的通报", "各镇：\n六月环境卫生评比，第二片区（石桥村）得分最低，列末位。", PrecheckRules.AssessmentBan)]
    [InlineData("关于六月乘务评比结果的通报", "各车队：\n第三车队张某（石桥村党支部书记）居末位。", PrecheckRules.AssessmentBan)]
    // A "point" that is the village's service station, and the villages' own points ranked.
    [InlineData("关于代购点星级评定的通报", "各镇：\n今年评出五星代购点8个，桃园村便民服务站排名末位，由桃园村委会整改。", PrecheckRules.AssessmentBan)]
    [InlineData("关于代购点星级评定的通报", "各镇：\n今年评出五星代购点8个，各村代购点按得分排名，末位的村要作说明。", PrecheckRules.AssessmentBan)]
    // A village's work ranked in a paper that speaks of each township's work (no class the paper counts).
    [InlineData("关于卫生整治考核的通报", "各镇：\n全区对各镇卫生整治进行考核，红岩村卫生整治排名末位。", PrecheckRules.AssessmentBan)]
    // The assessed are the villages' own bookkeepers, or the villages' work.
    [InlineData("某会计师事务所驻镇服务内部考评细则", "一、考评对象：各村（社区）的报账员。\n二、每半年打分排名，排名末位的调换岗位。", PrecheckRules.AssessmentBan)]
    [InlineData("关于财务工作考评的通知", "一、考评对象：各村（社区）的财务管理工作。\n二、每半年打分排名，排名末位的通报。", PrecheckRules.AssessmentBan)]
    // The quoted question answered yes: the answer demands.
    [InlineData("关于石桥村询问务工证明问题的答复", "石桥村民委员会：\n你村关于“村民外出打工是否需要村里开具务工证明”的询问收悉。经研究，外出打工的，仍由村委会开务工证明。", PrecheckRules.ProhibitedCertificate)]
    // The village itself told to check in, beside the visitors.
    [InlineData("桃花节采风活动方案", "镇文化站邀请摄影爱好者走进桃园村采风，桃园村每天在群里打卡。", PrecheckRules.AppCheckIn)]
    [InlineData("桃花节采风活动方案", "镇文化站要求桃园村干部每天走进果园打卡。", PrecheckRules.AppCheckIn)]
    // A person's position watched, or a village's patrol car.
    [InlineData("关于安装定位终端的通知", "各村（社区）：\n安装后，镇里用手机实时查看网格员位置。", PrecheckRules.AppCheckIn)]
    [InlineData("关于定位签到的通知", "各村（社区）：\n请开启手机定位，每天签到。", PrecheckRules.AppCheckIn)]
    [InlineData("关于查看位置的通知", "各村（社区）：\n镇里实时查看干部位置。", PrecheckRules.AppCheckIn)]
    [InlineData("关于巡逻车定位的通知", "各村（社区）：\n各村巡逻车须安装定位装置，镇里实时查看巡逻车位置。", PrecheckRules.AppCheckIn)]
    public void TheSameShape_PuttingTheActOnTheVillage_StillFires(string title, string description, string rule) => fixture.AssertFires(title, description, rule);
}
