using TaskAdmission.Core.Admission.Precheck;
using TaskAdmission.Core.Admission.Recognition;
using TaskAdmission.Core.Lists;
using static TaskAdmission.Core.Tests.Admission.PrecheckFixture;

namespace TaskAdmission.Core.Tests.Admission;

/// <summary>
/// What the suggestions put first when a task's text touches several admissible items: the item its title names, since
/// the title says what the task is about and the body also names what it touches in passing.
/// </summary>
public sealed class ItemSuggesterTests(PrecheckFixture fixture) : IClassFixture<PrecheckFixture>
{
    [Fact]
    public void Check_SuggestsTheItemTheTitleNamesFirst_WhenTheBodyMentionsOtherItemsInPassing()
    {
        // Minutes of a deliberation meeting: the body also mentions representatives chosen, the supervision committee
        // signing and the public notice board, each a phrase of another autonomy item.
        var result = fixture.Check(Base("东湾村议事会记录（村道排水沟疏通）",
            "会议由村委会主任主持。经讨论，大家同意先疏通二组排水沟；会上推选2名村民代表监督施工，记录由村务监督委员会签字确认后在公开栏公示。",
            [], D(DemandKind.Meeting)));

        Assert.Equal("ZZ-17", result.SuggestedItems[0].Code);
    }

    [Fact]
    public void Check_SuggestsTheItemTheTitleNames_EvenWhenTheBodyRepeatsAnotherItemsPhrases()
    {
        var result = fixture.Check(Base("防范电信网络诈骗提示",
            "请各村在村民群转发提示：陌生来电要求转账的一律挂断；村里组织志愿者入户讲解。",
            [], D(DemandKind.FieldWork)));

        Assert.Contains(result.SuggestedItems.Take(3), s => s.Code == "XZ-01");
    }

    [Fact]
    public void Check_SuggestsNothing_WhenTheTitleNamesAnItemButTheTextPutsProhibitedWorkOnTheVillage()
    {
        var result = fixture.Check(Base("村民议事会安排",
            "请各村负责收缴辖区农户的卫生费，收缴率不低于95%。",
            [], D(DemandKind.FieldWork)));

        Assert.Contains(result.Findings, f => f.Rule == PrecheckRules.ProhibitedItem);
        Assert.Empty(result.SuggestedItems);
    }

    // A permitted certificate is a paper of its own: a notice that asks the village for one still hears that the paper is
    // on the list when something else in it blocks; the autonomy and assistance items stay withheld.

    [Theory]
    [InlineData("土地承包工作安排", "两户农户互换承包地后，请村委会出具农村土地承包经营权变更事项证明；同时请各村负责收缴辖区农户的卫生费，收缴率不低于95%。", "ZM-02")]
    [InlineData("助学金证明", "高校新生申请国家助学金，请村委会出具家庭经济困难学生情况证明；另请各村负责收缴辖区农户的卫生费。", "ZM-06")]
    [InlineData("居住证明", "请社区为租住居民出具居住证明；同时请社区负责收缴辖区住户的物业费。", "ZM-01")]
    public void Check_SuggestsOnlyTheAllowedCertificate_WhenTheNoticeAsksForItAndProhibitedWorkBlocks(string title, string description, string certificate)
    {
        var result = fixture.Check(Base(title, description, [], D(DemandKind.FieldWork)));

        Assert.Contains(result.Findings, f => f.Rule == PrecheckRules.ProhibitedItem);
        Assert.Equal([certificate], result.SuggestedItems.Select(s => s.Code));
    }

    [Theory]
    [InlineData("助学贷款材料", "请村委会为申请贷款的学生出具家庭资产情况的证明。")] // the paper asked for is the banned property certificate; the loan is only the topic of ZM-06
    [InlineData("学生资助工作", "国家助学金申请工作开始，请各村负责收缴辖区农户的卫生费。")] // the certificate's topic, but no paper is asked for
    // (phase 16) a family member's ID is no membership paper (ZM-04), and an investigation the paper needs is no relief
    // assessment (ZM-07): the village is asked for the banned papers only
    [InlineData("公租房申请材料", "申请人应提交家庭成员的身份证明，以及由户籍所在村委会出具的家庭住房和财产状况说明。")]
    [InlineData("宣告失踪材料", "请村委会出具李某某离家后下落不明的证明。该证明应由派出所调查核实，是否出具盖章证明请镇里研究。")]
    public void Check_SuggestsNothing_WhenItBlocksAndTheTextOnlyTouchesACertificatesTopic(string title, string description)
    {
        var result = fixture.Check(Base(title, description, [], D(DemandKind.FieldWork)));

        Assert.Contains(result.Findings, f => f.Severity == FindingSeverity.Block);
        Assert.Empty(result.SuggestedItems);
    }

    // A poster or leaflet and its posting (张贴…海报, 发放明白纸) are the form in which a village makes a thing known; the
    // thing on the poster is what the task is about. Titles here name no item, so only the body decides.

    [Fact]
    public void Check_SuggestsThePostersTopicBeforePublicity_WhenVillagesPostAPosterAboutIt()
    {
        var result = fixture.Check(Base("春季工作提示", "请各村在村口显眼位置张贴森林防火宣传海报。", [], D(DemandKind.FieldWork)));

        Assert.Equal("XZ-15", result.SuggestedItems[0].Code);
    }

    [Fact]
    public void Check_SuggestsTheLeafletsTopicBeforePublicity_WhenVillagesHandOutLeaflets()
    {
        var result = fixture.Check(Base("近期工作提示", "请各村向群众发放医保电子凭证激活明白纸，群众自愿激活。", [], D(DemandKind.FieldWork)));

        Assert.Equal("XZ-09", result.SuggestedItems[0].Code);
    }

    [Fact]
    public void Check_SuggestsTheTopicFirst_WhenPosterAndLeafletAreBothNamed()
    {
        var result = fixture.Check(Base("六月工作安排", "请各村张贴禁毒宣传画，并在集市上分发宣传单。", [], D(DemandKind.FieldWork)));

        Assert.Equal("XZ-17", result.SuggestedItems[0].Code);
    }

    [Fact]
    public void Check_StillSuggestsPublicity_WhenAPosterIsAllTheTextNames()
    {
        var result = fixture.Check(Base("工作提示", "请各村在人员聚集处张贴宣传海报。", [], D(DemandKind.FieldWork)));

        Assert.Contains(result.SuggestedItems.Take(3), s => s.Code == "ZZ-11");
    }

    // The words of an item's own field of work, beyond its title: an approver reading these sentences names the item at once.

    [Theory]
    [InlineData("冬季值班安排", "请各村把两委成员在便民服务室轮流坐班的时间表报镇党政办，方便群众办事。", "ZZ-18")]
    [InlineData("春季护路工作", "汛后请各村组织护路员对通组路的坑槽、塌方及时处理，做好日常养护。", "ZZ-07")]
    [InlineData("庭院评比", "各村可在春节前开展一次美丽庭院评比，由妇女小组入户查看。", "ZZ-09")]
    [InlineData("集体收益", "请各村股份经济合作社年底前拟定今年的收益分配方案，报镇经管站备案。", "ZZ-05")]
    [InlineData("年审提示", "今年的低保年审已经开始，请各村对在保户逐户核对家庭人口和收入变化。", "XZ-03")]
    [InlineData("补贴告知", "县里对秸秆还田给予每亩二十元补助，请各村告知种植户自愿申报。", "ZZ-14")]
    public void Check_SuggestsTheItem_WhenTheTextUsesTheWordsOfItsFieldOfWork(string title, string description, string item)
    {
        var result = fixture.Check(Base(title, description, [], D(DemandKind.FieldWork)));

        Assert.Contains(result.SuggestedItems.Take(3), s => s.Code == item);
    }

    [Theory]
    [InlineData("清明节工作提示", "请各村倡导文明祭扫、节地生态安葬，劝导群众不搞厚葬薄养。", "ZZ-12")]
    [InlineData("两违整治情况", "违法建筑的认定和拆除由区综合执法局实施，各村做好日常巡查。", "XZ-20")]
    public void Check_SuggestsTheItemFirst_WhenTheTextUsesTheWordsOfItsFieldOfWork(string title, string description, string item)
    {
        var result = fixture.Check(Base(title, description, [], D(DemandKind.FieldWork)));

        Assert.Equal(item, result.SuggestedItems[0].Code);
    }

    // Each item's line of work as a department's notice says it, in the words of that work rather than the item's title
    // (the objects, registers, programmes, people and procedures an approver expects: 户主会, 村监会, 财政奖补, 急难愁盼,
    // 院坝会, 治保会, 用印登记, 平安村创建, 烈属, 播种面积, 疏散演练, 纳入监测, 低保边缘, 待遇资格认证 …).

    [Theory]
    [InlineData("关于召开户主会的通知", "定于本周日上午九时在村部召开户主会，每户派一名户主参加，到会户数须过半，会议表决结果当场宣读。", "ZZ-01")]
    [InlineData("村监会工作", "请各村村监会每月审核一次财务报销单据，签字后方可入账，并对工程项目验收进行全程监督。", "ZZ-04")]
    [InlineData("村内道路硬化筹资", "经户代表会议讨论，村内巷道硬化由农户按人头出资，不足部分申请财政奖补，群众投工投劳。", "ZZ-06")]
    [InlineData("民情收集", "请各村利用入户走访，收集群众对道路、饮水等方面的急难愁盼问题，整理后报镇政府。", "ZZ-10")]
    [InlineData("院坝会", "各村要用好院坝会、板凳会、坝坝会等议事形式，让群众商量身边事。", "ZZ-17")]
    [InlineData("治保会建设", "各村应建立治保会，由村委会成员兼任治保主任。", "ZZ-20")]
    [InlineData("档案管理", "各村要建立档案室，做好文书档案、会计档案的归档保管工作。", "ZZ-23")]
    [InlineData("公章管理", "村委会公章实行专人保管、用印登记制度，严禁在空白纸张上盖章。", "ZZ-23")]
    [InlineData("平安创建", "请各村配合派出所开展平安村创建，做好重点人员排查和防范宣传。", "XZ-01")]
    [InlineData("老兵慰问", "八一前夕，请各村走访慰问辖区老兵、烈属和伤残军人。", "XZ-07")]
    [InlineData("统计", "请各村协助统计站完成农作物播种面积调查。", "XZ-13")]
    [InlineData("地震演练", "请各村组织村民开展一次地震避险疏散演练。", "XZ-14")]
    [InlineData("返贫预警", "请各村对因病因灾导致收入骤减的农户及时纳入监测。", "XZ-26")]
    [InlineData("关于开展低收入人口动态监测信息核查的通知", "请各村协助乡镇对低保边缘家庭和刚性支出困难家庭开展入户走访，核实家庭人口、收入和支出变化，发现符合条件的告知其提出申请。", "XZ-03")]
    [InlineData("待遇资格认证提醒", "区社保中心定于下月起开展年度领取待遇人员资格认证，请各村提醒辖区领取养老金人员通过手机完成认证。", "XZ-09")]
    [InlineData("暑期儿童关爱", "暑假期间，请各村儿童主任对辖区事实无人抚养儿童开展一次走访，提醒监护人落实看护责任。", "XZ-06")]
    [InlineData("零工驿站", "请各村在便民服务站张贴零工驿站的岗位信息，方便群众就近找活。", "XZ-10")]
    [InlineData("地质灾害", "汛期请各村群测群防员加强对地灾隐患点的巡查，发现异常立即组织避险撤离。", "XZ-15")]
    [InlineData("电动车安全", "请社区宣传电动自行车不进楼入户，保持生命通道畅通。", "XZ-16")]
    [InlineData("出租房管理", "请社区督促房东落实来人登记，及时向社区申报租住人员信息。", "XZ-19")]
    [InlineData("二轮延包", "第二轮土地承包到期后再延长三十年试点工作启动，请各村做好承包地块、承包户信息核对。", "XZ-21")]
    [InlineData("垃圾收运", "各村要落实“户分类、村收集、镇转运”的生活垃圾收运体系，保洁员每日清运。", "XZ-22")]
    [InlineData("春防", "春季重大动物疫病集中免疫期间，请各村协助村级防疫员对生猪、牛羊进行免疫注射，佩戴耳标。", "XZ-23")]
    [InlineData("水毁修复", "请各村统计汛后水毁的山塘、渠系，报镇水利站。", "XZ-24")]
    [InlineData("三清一改", "请各村开展村庄清洁行动，重点清理积存垃圾、残垣断壁和乱堆乱放。", "ZZ-09")]
    [InlineData("春节文艺", "请各村组织村晚和舞龙舞狮活动，丰富群众节日生活。", "ZZ-12")]
    [InlineData("楼栋自治", "请社区指导各居民小组选好楼栋长，由楼栋长牵头商定本楼卫生轮值办法。", "ZZ-15")]
    [InlineData("选举", "村委会换届选举期间，请各村做好选民登记，张贴选民名单。", "ZZ-19")]
    [InlineData("反家暴", "请各村妇联执委关注家庭暴力线索，协助受害妇女申请人身安全保护令。", "ZZ-21")]
    [InlineData("助学金", "高校新生申请国家助学金需提交家庭经济困难情况，村委会据实出具。", "ZM-06")]
    [InlineData("义诊进村", "县医院专家下周到村开展义诊，请各村提供活动场地并通知村民。", "ZZ-18")] // the village's part is the premises
    [InlineData("驻点办公", "镇司法所每月安排律师到村驻点，请村委会安排一间办公室供其使用。", "ZZ-18")]
    [InlineData("安全宣传", "请社区配合开展安全宣传进家庭活动，向居民讲解消防常识。", "XZ-16")]
    [InlineData("冬季提醒", "今冬请各村利用广播讲解用电常识和防火常识。", "XZ-16")]
    [InlineData("节前排查", "春节前请各村排查辖区劳资纠纷，发现欠薪线索及时报镇劳动保障所。", "XZ-02")]
    [InlineData("资产登记", "请各村清理村里的闲置校舍和闲置厂房，登记面积和现状。", "ZZ-05")]
    [InlineData("招生宣传", "请各村向群众宣传今年中小学的招生政策和报名时间。", "XZ-27")]
    // (phase 16) Lines of work said in words no phrase of the item held: a satellite hotspot for forest fire, 决议和实施结果
    // 公开 for the two disclosures, a village plan's draft put up and deliberated, a helper stationed in the service room.
    [InlineData("森林防火", "请各村配合镇林业站对卫星热点开展现场核查，核查结果当天反馈。", "XZ-15")]
    [InlineData("集体鱼塘发包", "发包方案经村民代表会议决议后实施，决议和实施结果均在公开栏公开。", "ZZ-22")]
    [InlineData("村庄规划草案公示", "请村委会将规划草案在公开栏公示30日，收集村民意见后报镇规划建设办。", "XZ-20")]
    [InlineData("政务帮办", "区政务服务中心安排帮办员每周在村便民服务室驻点两天，请村委会提供办公桌椅。", "ZZ-18")]
    [InlineData("暴雨过后", "请各村把本村受灾面积、受灾作物的初步情况报镇农业服务中心。", "XZ-14")]
    [InlineData("果树冬剪", "区农技中心下周举办果树修剪技术培训，请各村告知本村种植户。", "ZZ-13")]
    [InlineData("暑期关爱", "暑假请各村多留意父母都在外地的孩子，提醒老人看管好。", "XZ-06")]
    [InlineData("集体资产", "请各村配合会计师事务所开展集体资金、资产、资源清查。", "ZZ-05")]
    [InlineData("楼道安全", "楼道堆物影响疏散，请社区提醒居民自行清理，保持疏散通道畅通。", "XZ-16")]
    public void Check_SuggestsTheItem_WhenTheNoticeDescribesItsWorkInTheWordsOfThatLine(string title, string description, string item)
    {
        var result = fixture.Check(Base(title, description, [], D(DemandKind.FieldWork)));

        Assert.Contains(result.SuggestedItems.Take(3), s => s.Code == item);
    }

    // (phase 18) Lines of work whose vocabulary was thin: rural water supply beside the rivers, the homestead checks, the
    // household safety of gas, fire and drowning, fraud warnings, petition follow-ups, deliberation by its local names,
    // rural tourism, the clean-household campaign. The sentences are written from the work, as a department would say it.

    [Theory]
    [InlineData("停水通知", "因供水管网维修，明日全村临时停水一天，请村里通过广播告知村民提前储水。", "XZ-24")]
    [InlineData("护河员推荐", "区里今年增设一批护河员岗位，请各村推荐熟悉河道情况的村民。", "XZ-24")]
    [InlineData("摸底通知", "请各村配合镇里摸清本村一户多宅的情况，登记后上报。", "XZ-20")]
    [InlineData("暑期提醒", "暑假请各村提醒家长看好孩子，不去水库野泳。", "XZ-16")]
    [InlineData("入户安检", "下周安检员到各户做入户安检，请村里告知村民留人在家。", "XZ-16")]
    [InlineData("冬季广播", "请各村每天在广播里播放两遍镇里录制的防火提示。", "XZ-16")]
    [InlineData("协助劝阻", "派出所推送涉诈预警后，请村干部陪同民警见面劝阻。", "XZ-01")]
    [InlineData("信访件回访", "请各村配合镇信访办对已办结的信访件开展回访，听取群众意见。", "XZ-02")]
    [InlineData("村民说事", "各村每月安排一个晚上开展村民说事，把群众关心的事摆到桌面上。", "ZZ-17")]
    [InlineData("老宅利用", "村里把几处老宅改成民宿，接待研学团队。", "ZZ-13")]
    [InlineData("清洁家庭评选", "各村每季度评选一批清洁家庭，入户看房前屋后。", "ZZ-09")]
    public void Check_SuggestsTheItem_WhenTheNoticeUsesTheVocabularyOfAThinField(string title, string description, string item)
    {
        var result = fixture.Check(Base(title, description, [], D(DemandKind.FieldWork)));

        Assert.Contains(result.SuggestedItems.Take(3), s => s.Code == item);
    }

    [Fact]
    public void Check_SuggestsNothing_WhenTheWaterSupplysWordsComeWithACollectionOfFees()
    {
        // 停水 and 管网 are the water item's words, but the village collecting the water fee is prohibited work.
        var result = fixture.Check(Base("供水管网维修和水费", "管网维修期间临时停水，请各村负责收缴本村农户的水费，收缴率不低于95%。", [], D(DemandKind.FieldWork)));

        Assert.Contains(result.Findings, f => f.Rule == PrecheckRules.ProhibitedItem);
        Assert.Empty(result.SuggestedItems);
    }

    // (phase 19) An item's whole text (title, legal basis, department, the literals of its phrases) now also orders the
    // items found: the lines of work whose notices it moved (children's care beside drowning safety, the house-building
    // opinion, a village worker's log of a dropout brought back, volunteers' visits). Written from the work, in other
    // words than any notice; each keeps the item among the first three with the whole-text score added.

    [Theory]
    [InlineData("暑期看护提醒", "放暑假后，请各村提醒留守儿童的监护人看管好孩子，不去河塘边玩耍。", "XZ-06")]
    [InlineData("农房图样", "区里编印了农村住房设计图样，农户翻建住房可以免费选用，请各村在公开栏告知。", "XZ-20")]
    [InlineData("养殖污染线索", "请各村留意养殖户把畜禽粪污直排沟渠的情况，发现后及时向镇环保办报告。", "XZ-25")]
    [InlineData("建房申请", "村民申请翻建住房的，由村委会在申请表上签署意见后报镇审批。", "ZM-08")]
    [InlineData("包村日志", "今天随村干部走访两户，劝返一名辍学的初二学生回校上课。", "XZ-27")]
    [InlineData("寒假安全提醒", "寒假里请各村提醒留守儿童的家长看护好孩子，并到山塘边查看警示牌是否完好。", "XZ-06")]
    [InlineData("建房图集发放", "镇里印好了一批农村自建房通用设计图集，请各村发给今年打算建房的农户。", "XZ-20")]
    [InlineData("粪污利用", "请各村宣传畜禽粪污资源化利用，发现粪污直排的线索及时报镇里。", "XZ-25")]
    [InlineData("驻村工作记录", "上午到组里核实两户的住房情况，下午劝返一名辍学在家的学生回校，晚上整理走访台账。", "XZ-27")]
    [InlineData("关于协助做好困境儿童和独居老人关爱走访的通知", "请各村组织志愿者每月上门走访一次，帮助打扫卫生、陪伴聊天，并将走访记录报镇社工站。", "ZZ-16")]
    [InlineData("防溺水和塘堰看护", "汛期前请各村在塘堰边补设警示牌，安排人员午后巡查，提醒留守儿童家长看护好孩子。", "XZ-06")]
    [InlineData("村民建房初审", "农户申请在原宅基地上翻建住房，先由村委会审查并签署初审意见，再报镇审批。", "ZM-08")]
    public void Check_SuggestsTheItem_WhenARareWordOfItsWholeTextIsInTheNotice(string title, string description, string item)
    {
        var result = fixture.Check(Base(title, description, [], D(DemandKind.FieldWork)));

        Assert.Contains(result.SuggestedItems.Take(3), s => s.Code == item);
    }

    [Fact]
    public void Check_SuggestsNothing_WhenAFieldWordComesWithACollectionOfFees()
    {
        // 畜禽粪污 is the environment item's word, but the village collecting a discharge fee is prohibited work.
        var result = fixture.Check(Base("养殖污染治理", "请各村留意养殖户把畜禽粪污直排沟渠的情况，并负责收缴养殖户的排污费，收缴率不低于95%。", [], D(DemandKind.FieldWork)));

        Assert.Contains(result.Findings, f => f.Rule == PrecheckRules.ProhibitedItem);
        Assert.Empty(result.SuggestedItems);
    }

    // Words near an item's line that are not its work: a township's own meeting is no villagers' assembly, an old Party
    // member is no veteran, a disability card is no village seal.

    [Theory]
    [InlineData("关于召开安全生产工作会议的通知", "定于下周一召开全镇安全生产工作会议，会议议程：通报近期事故情况、部署冬季安全工作。", "ZZ-01")]
    [InlineData("老党员慰问", "七一前夕，请各村走访慰问生活困难老党员。", "XZ-07")]
    [InlineData("残疾人证办理", "残疾人证由区残联统一办理，村里协助群众预约评残。", "ZZ-23")]
    [InlineData("工地平整", "项目场地平整由施工单位负责，请各村配合做好群众解释工作。", "ZZ-18")] // a building site is no village premises
    public void Check_DoesNotSuggestTheItem_WhenTheNoticeOnlyTouchesWordsNearItsLine(string title, string description, string item)
    {
        var result = fixture.Check(Base(title, description, [], D(DemandKind.FieldWork)));

        Assert.DoesNotContain(result.SuggestedItems.Take(3), s => s.Code == item);
    }

    [Fact]
    public void Check_SuggestsTheMeetingFirst_WhenAMeetingIsCalledToDeliberateAPlan()
    {
        var result = fixture.Check(Base("关于召开村民代表会议的通知", "定于本月十五日召开村民代表会议，审议本村明年的村级公益项目方案。", [], D(DemandKind.Meeting)));

        Assert.Equal("ZZ-01", result.SuggestedItems[0].Code);
    }

    [Fact]
    public void Check_SuggestsRepairsBeforeCleaning_WhenTheToiletIsToBeRepaired()
    {
        var result = fixture.Check(Base("公共设施维修", "请各村对村内公共厕所的破损水管和照明进行维修。", [], D(DemandKind.FieldWork)));

        Assert.Equal("ZZ-07", result.SuggestedItems[0].Code);
    }

    [Theory]
    [InlineData(VerdictReason.VillageActs, 1.0)]
    [InlineData(VerdictReason.NoOtherActor, 1.0)]
    [InlineData(VerdictReason.Negated, 0.5)]
    [InlineData(VerdictReason.OtherActor, 0.5)]
    public void PhraseCount_CountsHalf_WhenTheTextNegatesTheActOrGivesItToAnotherBody(VerdictReason reason, double expected)
    {
        // 厨师的健康体检由县疾控中心组织: the topic is named, but the village's part in the task is something else.
        Assert.Equal(expected, ItemSuggester.PhraseCount([Hit(reason)]));
    }

    [Fact]
    public void PhraseCount_CountsWholeTwice_WhenTheOtherBodyIsTheTitlesIssuer()
    {
        // 白水镇关于开展“村民说事”活动的指导意见: the township asks; the deliberation the title names is the village's.
        Assert.Equal(2.0, ItemSuggester.PhraseCount([Hit(VerdictReason.OtherActor, "title")]));
        Assert.Equal(1.0, ItemSuggester.PhraseCount([Hit(VerdictReason.Negated, "title")]));
    }

    [Fact]
    public void Check_SuggestsTheTitlesTopic_WhenTheTitleNamesTheTownshipThatIssuesIt()
    {
        var result = fixture.Check(Base("青石镇关于开展“村民说事”活动的通知",
            "各村可每月选一个晚上，请村民小组长和村民代表把修路、红白喜事标准这些事摆出来，商量出结果的提交村民代表会议决定。",
            [], D(DemandKind.Meeting)));

        Assert.Contains(result.SuggestedItems.Take(3), s => s.Code == "ZZ-17");
    }

    [Fact]
    public void PhraseCount_CountsWhole_WhenTheVillageAlsoDoesTheActElsewhere()
    {
        Assert.Equal(1.0, ItemSuggester.PhraseCount([Hit(VerdictReason.OtherActor), Hit(VerdictReason.VillageActs)]));
    }

    // An item's vocabulary names one thing several ways; one mention of it in the text counts once.

    [Fact]
    public void MatchCount_CountsOnce_WhenTwoPhrasesOfTheItemReadTheSameWords()
    {
        // 记录由村务监督委员会签字确认: (村务监督委员会|监委会) and 监督委员会 ~16 签字 read the same committee.
        const string text = "记录由村务监督委员会签字确认。";
        var count = ItemSuggester.MatchCount([Span("(村务监督委员会|监委会)", text, "村务监督委员会"), Span("监督委员会 ~16 签字", text, "监督委员会", "签字")], text);

        Assert.Equal(1.0, count);
    }

    [Fact]
    public void MatchCount_CountsEachMention_WhenThePhrasesReadDifferentWords()
    {
        const string text = "村务监督委员会审核财务票据，监委会主任列席两委会议。";
        var count = ItemSuggester.MatchCount([Span("(村务监督委员会|监委会)", text, "村务监督委员会"), Span("(监委会主任|理财小组)", text, "监委会主任")], text);

        Assert.Equal(2.0, count);
    }

    private static RecognitionHit Span(string phrase, string text, params string[] words) =>
        new(new RecogniserEntry(new ListItem { Code = "ZZ-04", Kind = ListKind.Autonomy }, null, RecogniserTarget.Admissible, null, []),
            phrase, "description", [.. words.Select(w => new EvidenceSpan("description", text.IndexOf(w, StringComparison.Ordinal), w.Length))],
            string.Concat(words), new HitVerdict(true, VerdictReason.NoOtherActor, null));

    private static RecognitionHit Hit(VerdictReason reason, string field = "description") =>
        new(new RecogniserEntry(new ListItem { Code = "XZ-11", Kind = ListKind.Assist }, null, RecogniserTarget.Admissible, null, []),
            "(厨师|乡村厨师) ~12 (体检|健康证)", field, [], "厨师的健康体检", new HitVerdict(reason != VerdictReason.OtherActor, reason, null));
}
