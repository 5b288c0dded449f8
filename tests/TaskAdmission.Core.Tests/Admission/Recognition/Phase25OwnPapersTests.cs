using TaskAdmission.Core.Admission.Precheck;

namespace TaskAdmission.Core.Tests.Admission.Recognition;

/// <summary>
/// Issue 11, phase 25 (helper s25-1): the papers a village makes for itself — its own rules and their revision, its own
/// meetings' decisions, its accounts, its posted list of the work it does and does not do, its 一事一议 records, the lease of
/// its own property and the rules of a service it runs. Every sentence is written for these tests; beside each quieting rule
/// stand wordings in which a township or department uses the same shape to put the banned work on the villages anyway,
/// which must fire.
/// </summary>
public sealed class Phase25OwnPapersTests(PrecheckFixture fixture) : IClassFixture<PrecheckFixture>
{
    private void Fires(string title, string description, string rule) => fixture.AssertFires(title, description, rule);

    private void Quiet(string title, string description, string rule) => fixture.AssertQuiet(title, description, rule);

    // "桃溪村村民会议关于…的决议 is the village's meeting deciding; its contest among its own groups is 自治."
    [Theory]
    [InlineData("桃溪村户代表会议关于庭院美化的决议", "本月初开会，到会过半。决议：村委会每半年组织各组搞一次庭院美化评比，获评的户奖励洗衣粉两袋，钱从集体收益里出。")]
    [InlineData("石门社区居民代表会议就邻里运动会作出的决定", "代表会议商定：国庆前办第二届邻里运动会，各楼栋组队，由社区请退休教师当裁判打分评比，前三名发纪念品。")]
    public void AMeetingsDecisionTitledByTheVillage_StaysQuiet(string title, string description) =>
        Quiet(title, description, PrecheckRules.AssessmentBan);

    [Theory]
    // A paper about carrying out a meeting's decision, the meeting after 关于 (session 17's guard).
    [InlineData("关于落实户代表会议决定开展卫生评比的通知", "各村：\n各村要每月开展一次卫生评比，镇里按评比结果对各村排名通报。")]
    // The village's own meeting recording a township's ranking it will carry out.
    [InlineData("桃溪村户代表会议关于落实镇里卫生考核的决定", "会议传达：镇里要求每月对各村的卫生考核排名，排在最后的村扣村干部绩效。会议决定按镇里要求执行。")]
    public void AMeetingsDecisionThatCarriesARankingDown_Fires(string title, string description) =>
        Fires(title, description, PrecheckRules.AssessmentBan);

    // "A village's own rules and their revision are 自治: a sanction among its own people is no pledge put on it."
    [Theory]
    [InlineData("青溪村关于修订《青溪村村规民约》的公告", "各位村民：\n经村两委提议，本村对村规民约作如下修改：乱倒建筑垃圾的，由村委会劝导清理，并取消其当年评选文明户的资格。修改稿公示十日后，交村民会议表决。")]
    [InlineData("柳湾社区居民公约（修订稿）", "一、爱护楼道卫生，不乱堆杂物。\n二、违反本公约经劝导不改的，由居委会取消其当年的评先评优资格。\n柳湾社区居委会")]
    public void TheVillagesOwnRulesAndTheirRevision_StayQuiet(string title, string description) =>
        Quiet(title, description, PrecheckRules.PledgeOrVeto);

    [Theory]
    // A township's paper titled like a village's rules, signed by the township, that makes the village sign a pledge.
    [InlineData("青溪村村规民约修订要求", "青溪村：\n你村须于本月底前修订完毕，并与镇政府签订移风易俗承诺书，逾期未完成的，年终考核时一票否决。\n白沙镇人民政府")]
    // A township's template sent down with a veto clause the villages must adopt.
    [InlineData("白沙镇关于印发村规民约范本的通知", "各村：\n现将村规民约范本印发给你们，各村须原文纳入本村村规民约，其中“出现违规燃放的，该村年终考核时一票否决”一条不得删改。")]
    // The village's own rules, but the sentence carries the township's demand.
    [InlineData("青溪村关于修订《青溪村村规民约》的公告", "各位村民：\n镇里要求每个村同镇政府签订禁燃承诺书，本村村规民约相应增加条款，由村委会代表全村签订承诺书。")]
    public void ATownshipsPledgeInTheShapeOfTheVillagesRules_Fires(string title, string description) =>
        Fires(title, description, PrecheckRules.PledgeOrVeto);

    // "The village as payer withholds the income tax on the pay it gives: the tax law puts that on every payer."
    [Theory]
    [InlineData("桃溪村三季度收支公开表", "支出部分（单位：元）\n1.保洁员工资（村已代扣代缴个税85.00元）　9,000.00\n2.办公用品　1,200.00\n桃溪村村民委员会")]
    [InlineData("石门村关于支付护林员劳务报酬有关情况的说明", "本村雇请护林员三名，按月支付劳务报酬。村里是支付方，依法代扣代缴个税，全年都未到起征点。\n石门村村民委员会")]
    public void APayersWithholdingInTheVillagesOwnAccounts_StaysQuiet(string title, string description) =>
        Quiet(title, description, PrecheckRules.ProhibitedItem);

    [Theory]
    // A tax on another's income collected through the village, in its own accounts.
    [InlineData("桃溪村三季度收支公开表", "一、收入部分\n1.代收商户经营所得个税（镇财政所下达）　12,000.00\n桃溪村村民委员会")]
    // The village's own paper whose sentence carries the township's order to withhold tax on villagers' rents.
    [InlineData("石门村关于代扣租房个税的说明", "按镇财政所要求，本村在发放村民房屋出租租金时代扣代缴个税，每季度上缴镇财政所。")]
    // The village's own minutes: the township's call told in one sentence, the collection decided in the next.
    [InlineData("桃溪村两委会议纪要", "镇财政所来电，请村里协助收取辖区商户的房产税。会议决定：由村委会每月上门收税，按季上缴。")]
    // A township's notice: the villages withholding tax on what others earn.
    [InlineData("白沙镇关于做好个税代扣工作的通知", "各村：\n各村要对辖区商户的经营所得代扣代缴个税，每月15日前交到镇财政所。")]
    public void ATaxOnAnothersIncomeCollectedThroughTheVillage_Fires(string title, string description) =>
        Fires(title, description, PrecheckRules.ProhibitedItem);

    // "Letting what its collective owns is the owner's lease."
    [Theory]
    [InlineData("桃溪村关于村集体旧粮站公开招租的公告", "经户代表会议表决，将村集体所有的旧粮站（约800平方米）公开招租，租期三年，租金收入存入村集体账户。有意者到村委会报名。\n桃溪村村民委员会")]
    public void TheVillageLettingItsOwnProperty_StaysQuiet(string title, string description) =>
        Quiet(title, description, PrecheckRules.ProhibitedItem);

    [Theory]
    // A letting quota on the township's park, in the village's own paper.
    [InlineData("桃溪村户代表会议决议", "经户代表会议表决，本村认领镇工业园标准厂房招租任务1500平方米，年底前全部租出。\n桃溪村村民委员会")]
    // A township's notice handing each village a letting target.
    [InlineData("白沙镇关于加快闲置厂房去化的通知", "各村：\n各村要将园区闲置厂房招租面积分解到村，每村招租不少于2000平方米，完成的情况纳入考核。")]
    public void ALettingQuotaPutOnTheVillage_Fires(string title, string description) =>
        Fires(title, description, PrecheckRules.ProhibitedItem);

    // "The village overseeing the provider it commissioned to run its own canteen is a client, not a food-safety inspector."
    [Theory]
    [InlineData("柳湾社区助餐点食品安全制度", "（柳湾社区居委会会议讨论通过）\n一、助餐点由社区居委会开办，委托某配餐企业运营。\n二、社区派专人每周看一次食材台账和留样，有问题即督促运营公司及时整改，有大问题的，报市场监管所。\n柳湾社区居委会")]
    public void TheVillageOverseeingItsOwnProvider_StaysQuiet(string title, string description) =>
        Quiet(title, description, PrecheckRules.ProhibitedItem);

    [Theory]
    // The same rules, but the community is to order the eateries of its area to close and rectify.
    [InlineData("柳湾社区助餐点制度", "（柳湾社区居委会会议讨论通过）\n一、助餐点由社区居委会开办，委托某配餐企业运营。\n二、社区每周对辖区餐馆做食品安全检查，责令不合格的餐馆停业整改。\n柳湾社区居委会")]
    // A sub-district's paper that makes the community check its provider's food safety as the regulator.
    [InlineData("关于加强社区助餐点监管的通知", "各社区：\n各社区要对委托运营的助餐点做食品安全的监督检查，督促运营方整改，每周报街道。")]
    public void FoodSafetyEnforcementPutOnTheVillage_Fires(string title, string description) =>
        Fires(title, description, PrecheckRules.ProhibitedItem);

    // "A posted list of the work the village does not take on names what it refuses."
    [Theory]
    [InlineData("桃溪村工作事项公开", "一、本村依法办理的事\n召开村民会议；管理集体资产。\n二、本村不承担的事\n招商引资指标；代收各类税费；对商户做食品安全检查。如有单位要求本村办理上述事项，村民可向镇里反映。\n桃溪村村民委员会")]
    [InlineData("石门社区服务事项公示", "社区不负责的事项：\n一、代征税款；\n二、对违法建筑进行拆除。\n石门社区居民委员会")]
    public void APostedListOfWhatTheVillageDoesNotDo_StaysQuiet(string title, string description) =>
        Quiet(title, description, PrecheckRules.ProhibitedItem);

    [Theory]
    // A banned duty listed as the village's own assisting work.
    [InlineData("桃溪村工作事项公开", "一、本村协助政府办的事\n代收各类税费；招商引资指标。\n二、本村不承担的事\n出具清单外证明。\n桃溪村村民委员会")]
    // A later sentence on the list's line that puts the duty on the village itself.
    [InlineData("桃溪村工作事项公开", "二、本村不承担的事\n招商引资指标。本村每月上门代收商户税费。\n桃溪村村民委员会")]
    // The township refusing the matters, which leaves them to the villages it writes to.
    [InlineData("关于明确镇村职责的通知", "各村：\n镇政府不承担的事项：\n一、代收各类税费；\n二、招商引资指标。")]
    // A heading that sanctions rather than refuses.
    [InlineData("关于年度评优的通知", "各村：\n三、不予评优的事项\n未完成代收税费任务的村。")]
    public void ABannedDutyInThePostedListAsTheVillagesOwn_Fires(string title, string description) =>
        Fires(title, description, PrecheckRules.ProhibitedItem);

    // "The village's own 一事一议 record: the contractor it hires and the trading platform it uses ask nothing of it."
    [Theory]
    [InlineData("桃溪村户代表会议记录（村道硬化一事一议）", "议题：四组村道硬化的筹资筹劳方案。方案总投资约20万元，受益群众按每人80元标准筹集，困难户免筹。代表提出施工队要公开选。决定：施工队通过镇资产交易平台挑选。")]
    public void TheVillagesOwnProcedureWithItsContractorAndChannel_StaysQuiet(string title, string description) =>
        Quiet(title, description, PrecheckRules.ProhibitedItem);

    [Theory]
    // The village's record carrying the township's tax collection: another body demands in the sentence.
    [InlineData("桃溪村户代表会议记录（村道硬化一事一议）", "议题：四组村道硬化筹资方案。镇财政所要求本村按每户200元标准代收农房建设税费，会议决定照此执行。")]
    // A township office named in the village's record, not as a channel it uses: the own procedure does not hold.
    [InlineData("桃溪村户代表会议记录（一事一议）", "会议决定：本村今年引进社会投资不少于300万元，由两委落实，完成情况按月报镇经发办。")]
    public void ATownshipsDemandInTheVillagesOwnRecord_Fires(string title, string description) =>
        Fires(title, description, PrecheckRules.ProhibitedItem);
}
