using TaskAdmission.Core.Admission.Precheck;
using TaskAdmission.Core.Lists;
using static TaskAdmission.Core.Tests.Admission.PrecheckFixture;

namespace TaskAdmission.Core.Tests.Admission;

/// <summary>
/// (phase 16) Wordings of banned acts the demo lexicon (demo-lists.csv) learnt as groups of the act, not as copies of one
/// notice: photo proof named by its before/after shots or its camera, a track quota, a ranking said as a district-wide
/// notice, a screen or a village-by-village inspection, enforcement idioms (自行查处, 该罚的罚), investment leads per
/// village, licence checks, pledges that nothing will happen, and certificates named by what they state; each beside
/// sentences with the same words that must not fire (negated, given to another body, innocent).
/// </summary>
public sealed class DemoLexiconPhase16Tests(PrecheckFixture fixture) : IClassFixture<PrecheckFixture>
{
    [Theory]
    [InlineData("清洁行动", "请各村在工作群上传每个点位整治前、整治后的照片，每个点位不少于两张。", PrecheckRules.AppCheckIn)]
    [InlineData("门头整改", "各社区整改完成后，门头正面、侧面各拍一张，发街道城管办。", PrecheckRules.AppCheckIn)]
    [InlineData("走访要求", "村干部入户走访一律用水印相机，照片周五前交镇乡村振兴办。", PrecheckRules.AppCheckIn)]
    [InlineData("网格巡查", "各村网格员每日巡格，轨迹不少于三公里。", PrecheckRules.AppCheckIn)]
    [InlineData("秸秆禁烧", "未完成禁烧任务的村，年底在全区通报。", PrecheckRules.AssessmentBan)]
    [InlineData("垃圾分类", "各村分类准确率每周统计一次，准确率最差的两个村周一上大屏。", PrecheckRules.AssessmentBan)]
    [InlineData("服务室建设", "县卫健委下个月要一个村一个村地检查各村服务室建设情况。", PrecheckRules.AssessmentBan)]
    [InlineData("河道整治", "河道乱倒垃圾的，各村自行查处。", PrecheckRules.ProhibitedItem)]
    [InlineData("无证经营", "各村对辖区无证经营的小作坊，该罚款的罚款，该关停的关停。", PrecheckRules.ProhibitedItem)]
    [InlineData("招商任务", "请每个村本月报送3条投资线索。", PrecheckRules.ProhibitedItem)]
    [InlineData("食品安全", "请各社区把辖区餐馆从业人员的健康证逐一核对一遍。", PrecheckRules.ProhibitedItem)]
    [InlineData("道路交通安全", "各村承诺辖区内全年不发生较大道路交通事故。", PrecheckRules.PledgeOrVeto)]
    [InlineData("住房保障复核", "申请人到所在社区开具材料，由社区注明本人目前离异，盖章后提交。", PrecheckRules.ProhibitedCertificate)]
    [InlineData("新生儿入户", "请村委会在附页写明该儿童出生日期、出生地点，并加盖公章。", PrecheckRules.ProhibitedCertificate)]
    [InlineData("证件补领", "本人写一份丢失经过交村里，由村委会在丢失经过上签署情况属实并盖章。", PrecheckRules.ProhibitedCertificate)]
    public void Check_Fires_OnTheBannedActInTheseWords(string title, string description, string rule)
    {
        var result = fixture.Check(Base(title, description, [], D(DemandKind.FieldWork)));

        Assert.Contains(result.Findings, f => f.Rule == rule);
    }

    [Theory]
    [InlineData("人居环境", "人居环境整治不再要求各村报送整治前后对比照片。", PrecheckRules.AppCheckIn)]
    [InlineData("网格巡查", "不再要求网格员巡查轨迹不少于三公里。", PrecheckRules.AppCheckIn)]
    [InlineData("减负", "各部门不得对未完成任务的村进行通报。", PrecheckRules.AssessmentBan)]
    [InlineData("执法说明", "违规经营由区市场监管局自行查处，村里只需提供线索。", PrecheckRules.ProhibitedItem)]
    [InlineData("减负", "今后不再要求每个村报送投资线索。", PrecheckRules.ProhibitedItem)]
    [InlineData("食品安全", "餐馆从业人员健康证由市场监管所核查，社区不参与。", PrecheckRules.ProhibitedItem)]
    [InlineData("公益事业奖补", "按村实际完成的公益项目投资额的40%给予奖补，单个村最高30万元。", PrecheckRules.ProhibitedItem)]
    [InlineData("减负", "不再要求各村承诺全年不发生交通事故。", PrecheckRules.PledgeOrVeto)]
    [InlineData("婚姻登记", "婚姻状况由民政部门通过系统查询，村委会不再注明单身或离异。", PrecheckRules.ProhibitedCertificate)]
    public void Check_DoesNotFire_WhenTheSameWordsPutNoBannedActOnTheVillage(string title, string description, string rule)
    {
        var result = fixture.Check(Base(title, description, [], D(DemandKind.FieldWork)));

        Assert.DoesNotContain(result.Findings, f => f.Rule == rule);
    }

    // Phrases narrowed where they matched a word in another sense on clean notices: 光荣牌 (the honour plaque on a
    // soldier's or veteran's home, the village's own assist work), the election committee the law has every village
    // set up, a council's meeting (议事会上) where someone else's building work is reported, a village clinic (村卫生室)
    // built up to standard, and a title given to a person rather than a village.
    [Theory]
    [InlineData("机制牌子", "请各村在村部门口挂上调解工作室的牌，月底前完成。", PrecheckRules.Signboard)]
    [InlineData("机制牌子", "各村在村委会大门悬挂乡村振兴工作站标识。", PrecheckRules.Signboard)]
    [InlineData("组织建设", "各村成立乡村振兴理事委员会，下月报镇备案。", PrecheckRules.Signboard)]
    [InlineData("组织建设", "各村建立村民议事会，每月开一次会。", PrecheckRules.Signboard)]
    [InlineData("健康乡村", "各村按照标准开展卫生村创建，年底组织验收。", PrecheckRules.Demonstration)]
    [InlineData("表彰", "对评选出的村授予“美丽乡村示范村”称号。", PrecheckRules.Demonstration)]
    public void Check_Fires_WhereANarrowedPhraseStillNamesTheBannedAct(string title, string description, string rule)
    {
        var result = fixture.Check(Base(title, description, [], D(DemandKind.FieldWork)));

        Assert.Contains(result.Findings, f => f.Rule == rule);
    }

    [Theory]
    [InlineData("双拥工作", "各村协助镇退役军人服务站为新入伍士兵家庭悬挂光荣牌。", PrecheckRules.Signboard)]
    [InlineData("双拥工作", "请各村核对本村已挂光荣牌的军属名单。", PrecheckRules.Signboard)]
    [InlineData("村委会换届", "各村依法成立村民选举委员会，主持本村选举。", PrecheckRules.Signboard)]
    [InlineData("项目通报", "请村委会在村民议事会上通报道路建设进展，听取意见。", PrecheckRules.Signboard)]
    [InlineData("卫生项目", "县卫健委对三个村卫生室进行标准化建设，由委里统一招标。", PrecheckRules.Demonstration)]
    [InlineData("表彰决定", "对驻村帮扶中表现突出的五名同志授予“优秀驻村工作队员”称号。", PrecheckRules.Demonstration)]
    [InlineData("表彰决定", "对驻团结村的农技员等十人授予“先进个人”称号。", PrecheckRules.Demonstration)]
    public void Check_DoesNotFire_WhereANarrowedPhraseMetTheWordInAnotherSense(string title, string description, string rule)
    {
        var result = fixture.Check(Base(title, description, [], D(DemandKind.FieldWork)));

        Assert.DoesNotContain(result.Findings, f => f.Rule == rule);
    }

    // Review of phase 16, findings 6-11: phrases that met honest notices — the 低保 standard published (最低…村…公布), a
    // household list (未完成…的村民户…列出), a typhoon's track (轨迹…公里), an emergency warning passed on (通知商户停业), an ID
    // photo (办卡须拍照片) and a statistics register (写明…出生日期).
    [Theory]
    [InlineData("关于提高城乡最低生活保障标准的通知", "各村（社区）：\n经区政府同意，自7月1日起提高城乡最低生活保障标准。调整后的最低生活保障标准请各村在村务公开栏张榜公布，并做好政策解释。", PrecheckRules.AssessmentBan)]
    [InlineData("关于农村改厕摸底的通知", "各村（社区）：\n请对未完成改厕的村民户逐户列出名单，于6月底前报镇农业综合服务中心，以便安排施工。", PrecheckRules.AssessmentBan)]
    [InlineData("关于防御第9号台风的紧急通知", "各村（社区）：\n第9号台风预计移动轨迹将西移约80公里，明天夜间影响我区。请各村立即组织危房和低洼地带群众转移避险。", PrecheckRules.AppCheckIn)]
    [InlineData("关于做好台风“海燕”防御工作的紧急通知", "各村（社区）：\n台风将于今晚登陆，请各村立即通知商户停业、关好门窗，组织沿河低洼地带群众转移。", PrecheckRules.ProhibitedItem)]
    [InlineData("关于第三代社保卡换发的通知", "各村（社区）：\n第三代社保卡开始换发，办卡须拍照片，行动不便的老人可到村便民服务室免费拍摄，由服务室代为提交申请。", PrecheckRules.AppCheckIn)]
    [InlineData("关于做好2027年1%人口抽样调查入户登记的通知", "各村（社区）：\n入户登记于11月1日开始。请各村人口普查指导员在《住户登记表》上写明每位家庭成员的出生日期和受教育程度，11月15日前交镇统计站。", PrecheckRules.ProhibitedCertificate)]
    public void Check_DoesNotFire_OnHonestNoticesTheReviewFound(string title, string description, string rule)
    {
        var result = fixture.Check(Base(title, description, [], D(DemandKind.FieldWork)));

        Assert.DoesNotContain(result.Findings, f => f.Rule == rule);
    }

    [Theory]
    [InlineData("低保工作考核", "低保动态管理进度最慢的村，在区大屏上公布。", PrecheckRules.AssessmentBan)]
    [InlineData("改厕进度", "对未完成改厕任务的村予以通报。", PrecheckRules.AssessmentBan)]
    [InlineData("无证经营", "各社区对辖区无证经营的小吃店先通知停业，再报市场监管所。", PrecheckRules.ProhibitedItem)]
    [InlineData("门店整治", "各社区对违规经营的门店勒令停业。", PrecheckRules.ProhibitedItem)]
    [InlineData("入户走访", "各村干部入户走访均须拍照片，当天发到镇工作群。", PrecheckRules.AppCheckIn)]
    public void Check_StillFires_WhereTheNarrowedPhrasesNameTheBannedAct(string title, string description, string rule)
    {
        var result = fixture.Check(Base(title, description, [], D(DemandKind.FieldWork)));

        Assert.Contains(result.Findings, f => f.Rule == rule);
    }
}
