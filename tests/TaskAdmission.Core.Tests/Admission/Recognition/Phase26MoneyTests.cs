using TaskAdmission.Core.Admission.Precheck;

namespace TaskAdmission.Core.Tests.Admission.Recognition;

/// <summary>
/// Issue 11, phase 26 (helper s26-4): money the village does not collect for anyone. An approver's rule: FM-02 is
/// collecting taxes and fees for a department (or quotas of donations) put on the village; money the village raises for its
/// own project by its villagers' own decision, or that others pay, is not it. Every sentence is written for these tests;
/// beside each quieting rule stands a wording in which a department uses the same shape to put the collecting on the
/// villages anyway, which must fire.
/// </summary>
public sealed class Phase26MoneyTests(PrecheckFixture fixture) : IClassFixture<PrecheckFixture>
{
    private void Fires(string title, string description) => fixture.AssertFires(title, description, PrecheckRules.ProhibitedItem);

    private void Quiet(string title, string description) => fixture.AssertQuiet(title, description, PrecheckRules.ProhibitedItem);

    // "The village's own levy or the gifts to its own project, decided by its villagers' meeting, are its own money — the
    // receipt it gives for them too."
    [Theory]
    // A paper signed by one village's committee, to its own people, under 一事一议: the receipt for its own levy.
    [InlineData("关于以“一事一议”方式硬化组道的公告",
        "全体村民：\n4月2日村民代表会投票同意，按“一事一议”硬化五组组道：每户筹资80元、投劳3个工日，差额申请镇财政以奖代补。筹资款由村会计收取并开具收据，账目在公开栏公布。\n\n青冈村民委员会\n2027年4月5日")]
    // One village's minutes: gifts pledged to its own square, put to its representatives, kept in its own account.
    [InlineData("青冈村在外能人恳谈会纪要",
        "2027年1月20日，青冈村请9位在外创业的村民回村座谈。大家当场自愿表示捐款共计15万元修文化广场。会议商定：广场项目交村民代表会审议，捐来的钱进集体账户，专款专用。")]
    // One village's 一事一议 plan: a gift and the beneficiaries' levy for its own bridge.
    [InlineData("青冈村关于能人捐资修建便民桥的一事一议方案",
        "本村在外能人自愿捐资8万元修建便民桥，差额按“一事一议”由受益户筹资。方案已由村民会议投票同意，钱款存进集体账户。")]
    public void TheVillagesOwnLevyOrGiftsForItsOwnProject_StayQuiet(string title, string description) => Quiet(title, description);

    [Theory]
    // The same announcement, but what each household pays is a township's fee handed up through the village.
    [InlineData("关于以一事一议方式收取垃圾清运费的公告",
        "全体村民：\n村民代表会商量后，按“一事一议”每户缴纳垃圾清运费60元，由村会计收取后上交镇环卫所。\n\n松林村民委员会\n2027年4月1日")]
    // The village's own levy, but the money goes on to the township's finance office.
    [InlineData("松林村关于修复村道的一事一议公告", "村民代表会商量后，按“一事一议”每户筹资50元。筹资款由村会计收齐后上交镇财政所。")]
    // A fee receipted in the same clause as the levy.
    [InlineData("关于以“一事一议”方式硬化组道的公告",
        "全体村民：\n4月2日村民代表会投票同意，按“一事一议”硬化五组组道：每户筹资80元、投劳3个工日。筹资款和垃圾处理费由村会计收取并开具收据。\n\n青冈村民委员会\n2027年4月5日")]
    // A township's demand recorded in the village's own announcement.
    [InlineData("关于以“一事一议”方式硬化组道的公告",
        "全体村民：\n村民代表会投票同意，按“一事一议”每户筹资80元。镇里要求本村同时代收每户医保费320元，由村会计收取并开具收据。\n\n青冈村民委员会")]
    // A "voluntary" gift with a quota per village and a monthly ranking.
    [InlineData("关于开展乡贤捐资助建活动的通知", "各村：\n为修建镇敬老院，镇里倡议各村乡贤自愿捐资，每村捐资不少于5万元，镇里按月给各村的捐资额排名。")]
    // The village's own plan that carries a township's quota of gifts.
    [InlineData("柏树村乡贤修路捐资方案", "按镇里要求，本村乡贤捐资任务不少于5万元。方案已由村民代表会投票同意，钱款存进集体账户。")]
    public void ALevyOrGiftCollectedForAnotherOrByQuota_Fires(string title, string description) => Fires(title, description);

    // "A premium a finance body pays for the poor, or one the payer pays through the tax office's or the bank's own channel,
    // is not collected by the village."
    [Theory]
    [InlineData("关于为特困人员代缴医疗保险费的通知", "县财政为特困人员、孤儿按最低档次代缴居民医疗保险费，款项直接打到本人的参保账户。名单请各村帮忙核一下。")]
    [InlineData("医保宣传动员会记录", "会议明确：居民医保费通过税务“粤税通”和银行代扣缴纳，村里只负责政策宣传，不收取现金。")]
    [InlineData("关于医保缴费方式的说明", "今年的居民医保费通过银行代扣缴纳，村里只做宣传。")]
    public void APremiumPaidByAFinanceBodyOrThroughTheCollectorsChannel_StaysQuiet(string title, string description) =>
        Quiet(title, description);

    [Theory]
    // The finance body pays half; the villages collect the rest and hand it up.
    [InlineData("关于低收入人群参保的通知", "区财政为困难群众代缴一半保费，其余部分由各村负责收齐后上交镇财政所。")]
    // The channel named, but the villages "help" by collecting the cash by a deadline.
    [InlineData("关于医保缴费进度的通知", "各村：\n城乡居民医保费可通过税务APP缴纳。请各村在12月20日前收齐未缴费群众的现金，统一交到镇医保所。")]
    // The villages themselves pay for the villagers through the bank.
    [InlineData("关于医保缴费的通知", "各村：\n各村通过银行为村民代缴医保费，12月底前完成。")]
    public void APremiumTheVillagesStillCollect_Fires(string title, string description) => Fires(title, description);

    // "An agreement named among the papers an applicant hands in (需提交…补偿协议复印件) was signed already: no signing is
    // asked of anyone."
    [Theory]
    [InlineData("关于失地农民参保材料的说明", "申请参保的失地农民需提交户口簿、征地补偿协议复印件，到镇社保所办理。")]
    [InlineData("关于失地农民参保材料的说明", "参保时须提供身份证和征地补偿安置的协议原件。")]
    public void AnAgreementHandedInAsAPaper_StaysQuiet(string title, string description) => Quiet(title, description);

    [Theory]
    // The villages get the households to sign; the copy handed in is a clause of its own.
    [InlineData("关于征地补偿工作的通知", "各村：\n请各村负责动员失地农户尽快签下征地补偿协议，复印件需提交镇里备案。")]
    [InlineData("关于征地补偿工作的通知", "各村：\n各村要在月底前把征地补偿协议全部签完，签约进度表需提交镇征迁办。")]
    public void TheVillagesGettingAgreementsSigned_Fires(string title, string description) => Fires(title, description);
}
