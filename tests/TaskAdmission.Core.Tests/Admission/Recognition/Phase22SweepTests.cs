using TaskAdmission.Core.Admission.Precheck;

namespace TaskAdmission.Core.Tests.Admission.Recognition;

/// <summary>
/// Issue 11, phase 22 (a sweep of the false blocks left in the older parts rt7–rt38): causes shared by clean notices of
/// several parts, each mended by a rule a county approver would state. Checked on the demo lists (demo-lists.csv) as a
/// department's notice would be; every sentence is written for these tests, and beside each rule stand the wordings in
/// which a department uses the same shape to put the banned work on the villages anyway — those still fire.
/// </summary>
public sealed class Phase22SweepTests(PrecheckFixture fixture) : IClassFixture<PrecheckFixture>
{
    private void Quiet(string title, string description, string rule) => fixture.AssertQuiet(title, description, rule);

    private void Fires(string title, string description, string rule) => fixture.AssertFires(title, description, rule);

    // "市场监管 in 柳林市场监管所 or in “青禾市场监管” 公众号 is the office's or the channel's name: the office does the checking,
    // the village does nothing of the kind."
    [Theory]
    // The field word stands in an office's name a place opens, after the act.
    [InlineData("东岭市场监管所关于瓶装饮料质量抽检的告知", "本所将对辖区饮料批发商开展质量抽检，请各村转告群众选购正规产品。")]
    // The act comes first and the field word stands in a level's office later in the sentence.
    [InlineData("关于农村宴席备案的告知", "环节：指导检查 | 区市场监管局派员到场。")]
    // The field word stands in a quoted channel's name.
    [InlineData("关于农村宴席备案的告知", "各村：\n宴席举办者可通过“青禾市场监管”公众号自行报备，现场指导由市场监管所负责。")]
    [InlineData("关于瓶装饮料质量抽检的告知", "各村：\n抽检结果将在“东岭市场监管”网站发布，请各村转发到村民群。")]
    public void AFieldWordInsideAnOfficeOrChannelName_IsNotTheVillagesWork(string title, string description) =>
        Quiet(title, description, PrecheckRules.ProhibitedItem);

    [Theory]
    // The act and its field stand outside the names: the village is told to check.
    [InlineData("关于农村宴席备案的告知", "各村：\n请关注“青禾市场监管”公众号，并每周对辖区小餐馆开展食品安全检查。")]
    [InlineData("东岭市场监管所关于饮料抽检的通知", "各村：\n请各村每月对辖区小卖部开展食品安全检查，检查记录报本所。")]
    [InlineData("关于加强宴席管理的通知", "区市场监管局要求各村每周对农村宴席开展检查，检查结果报镇。")]
    // A name the field word opens is no place's office: the village's station does the checking.
    [InlineData("关于加强宴席管理的通知", "各村食品安全监管站每周对小餐馆开展检查。")]
    // Quotation marks that name no channel.
    [InlineData("关于开展“市场监管”专项行动的通知", "各村要开展“食品安全”排查，每周对小卖部检查一次，检查记录报镇。")]
    public void TheActOutsideTheNames_StillFires(string title, string description) =>
        Fires(title, description, PrecheckRules.ProhibitedItem);

    // Guards: the reader may join a verb to the office after it (协助镇税务分局, 拍照报镇综治办) — only an office a level
    // opens, or a title's issuer before 关于, holds the phrase's word, and not one the village assists; the village's act still fires.
    [Theory]
    [InlineData("关于做好年底工作的通知", "各村要协助县财政所做好个体户定额税款催收，每月完成入库任务。", PrecheckRules.ProhibitedItem)]
    [InlineData("关于做好年底工作的通知", "请各村协助镇税务分局做好出租房屋税收代征，年底前完成代征任务。", PrecheckRules.ProhibitedItem)]
    [InlineData("关于更换村级工作站标识的通知", "各村统一更换工作站标识，10月底前完成并拍照报镇综治办。", PrecheckRules.AppCheckIn)]
    public void AVerbTheReaderJoinsToAnOffice_StillFires(string title, string description, string rule) =>
        Fires(title, description, rule);

    // "A ranking of schools, scenic spots or firms ranks them; an assessment the health commission made of the health
    // centres assesses the centres — no village is ranked."
    [Theory]
    // A place that never ranks anyone stands right before the ranking.
    [InlineData("关于秋季招生政策宣传的通知", "各村：\n请张贴招生政策。网上流传的“全市学校排名表”系伪造，请村干部向群众说明。")]
    // With no one named as rating, the name after 对 is what is rated; 按 opens the criterion.
    [InlineData("县商务局2028年工作要点", "组织本县企业参加展销会，对参展企业按成交额评比“优秀展商”。")]
    // The assessment named in a clause of basis is the one the next clause carries out on the centres.
    [InlineData("关于乡镇卫生院慢病随访质量考核结果的通报", "根据年度考核办法，县卫健委对各乡镇卫生院慢病随访质量进行了考核：东岭镇卫生院90分。")]
    public void ARankingOrAssessmentOfOtherBodies_IsNotTheVillages(string title, string description) =>
        Quiet(title, description, PrecheckRules.AssessmentBan);

    [Theory]
    // The villages are named beside the place, as the ranked or in the criterion.
    [InlineData("关于秋季招生工作的通知", "各村：\n镇里将按各村学校排名情况通报，排名靠后的村要作说明。")]
    [InlineData("县商务局2028年工作要点", "对参展企业按各村引进数量评比，评比结果纳入村级考核。")]
    [InlineData("关于做好企业服务工作的通知", "镇里对各村和辖区企业的服务工作按月评比排名。")]
    // The clause after the basis assesses the villages.
    [InlineData("关于年度工作考核的通知", "根据年度考核办法，镇里对各村工作进行考核排名。")]
    // A ranking whose object is no place, with the basis clause assessing nothing named.
    [InlineData("关于年度工作考核的通知", "各村：\n根据年度考核办法，每月进行一次考核排名，结果与村干部报酬挂钩。")]
    public void ARankingThatNamesTheVillages_StillFires(string title, string description) =>
        Fires(title, description, PrecheckRules.AssessmentBan);
}
