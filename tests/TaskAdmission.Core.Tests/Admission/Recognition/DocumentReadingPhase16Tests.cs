using TaskAdmission.Core.Admission.Recognition;
using TaskAdmission.Core.Lists;

namespace TaskAdmission.Core.Tests.Admission.Recognition;

/// <summary>
/// Issue 11, phase 16 (developed on rt29 and rt30): the open items of the phase-15 review and the classes of cause of the
/// two parts' errors. Each rule is stated as a county approver would say it and tested on sentences written for these
/// tests, with sentences beside them that must still fire (including a department trying to get banned work through with
/// the new rule).
/// </summary>
public sealed class DocumentReadingPhase16Tests
{
    private static readonly RecogniserLexicon Lexicon = RecogniserLexicon.ForItems(
    [
        new ListItem { Kind = ListKind.Prohibited, Code = "FM-01", TitleZh = "招商引资", Recognisers = "招商引资" },
        new ListItem { Kind = ListKind.CertificateProhibited, Code = "BZ-05", TitleZh = "无犯罪记录证明", Recognisers = "无犯罪;无违法犯罪" },
        new ListItem { Kind = ListKind.CertificateProhibited, Code = "BZ-00", TitleZh = "清单以外的其他证明事项", Recognisers = "(出具|开具) ~24 证明" },
        new ListItem { Kind = ListKind.Lexicon, Code = "AS-1", TitleZh = "排名", Category = LexiconFamilies.Assessment, Recognisers = "排名;评比;年度考核" },
        new ListItem { Kind = ListKind.Lexicon, Code = "CI-1", TitleZh = "打卡", Category = LexiconFamilies.AppCheckIn, Recognisers = "打卡;截图;签到;(照片|合影) ~10 上传" },
    ]);

    // Certificates matched after the negation word that opens their names, as demo-lists.csv matches 犯罪记录 ~8 证明 beside
    // 无犯罪: without a phrase that begins at the negation, only the negation reader decides.
    private static readonly RecogniserLexicon NamedAfterNegation = RecogniserLexicon.ForItems(
    [
        new ListItem { Kind = ListKind.CertificateProhibited, Code = "BZ-05", TitleZh = "无犯罪记录证明", Recognisers = "犯罪记录 ~8 (证明|说明)" },
        new ListItem { Kind = ListKind.CertificateProhibited, Code = "BZ-14", TitleZh = "婚育状况证明", Recognisers = "子女 ~8 (证明|说明)" },
        new ListItem { Kind = ListKind.CertificateProhibited, Code = "BZ-17", TitleZh = "居民财产证明", Recognisers = "住房 ~12 (证明|说明)" },
    ]);

    private static IReadOnlyList<string> Fired(string title, string description, RecogniserLexicon? lexicon = null) =>
        [.. TextAnalyser.Analyse(lexicon ?? Lexicon, [("title", title), ("description", description)]).Hits.Where(h => h.Verdict.Fires).Select(h => h.Entry.Code).Distinct().Order()];

    // Review of phase 15, item 1: "Bodies named as a class on the addressee line (各镇人民政府：) are whom the paper is sent
    // to, even when the line goes on to ask the villages; only one body named by its own name before such a line speaks."
    [Theory]
    [InlineData("关于秸秆禁烧的通知", "各镇人民政府：请各村做好秸秆禁烧宣传。\n每日在APP打卡上报巡查轨迹。")]
    [InlineData("关于秸秆禁烧的通知", "区直有关部门、各镇人民政府：请各村做好秸秆禁烧宣传。\n每日在APP打卡上报巡查轨迹。")]
    public void AClassOfBodiesBeforeALineAskingTheVillages_IsTheAddressee(string title, string description)
    {
        Assert.DoesNotContain("CI-1", Fired(title, description));
    }

    [Theory]
    // The sentence asking the villages still asks them.
    [InlineData("关于秸秆禁烧的通知", "各镇人民政府：请各村每日在APP打卡上报巡查轨迹。")]
    // One body by its own name before the line is who speaks (a chat message's sender): the paper goes to the villages.
    [InlineData("关于秸秆禁烧的通知", "石桥镇乡村振兴办：请各村书记认真落实。\n每日在APP打卡上报巡查轨迹。")]
    public void TheAskItselfAndASenderBeforeIt_StillFire(string title, string description)
    {
        Assert.Contains("CI-1", Fired(title, description));
    }

    // Review of phase 15, item 2: "A word that only looks like a body because it ends like one (代办, 承办, 督办) names an
    // act, not a performer: a sentence opening with it goes on with the villages told to act just before."
    [Theory]
    [InlineData("关于开展帮办代办服务的通知", "各街道：\n请各社区为辖区高龄老人提供上门代办服务。代办时须将服务照片上传至平台。")]
    public void AnActThatEndsLikeABody_IsNoPerformerOfItsOwn(string title, string description)
    {
        Assert.Contains("CI-1", Fired(title, description));
    }

    [Theory]
    // The helper the district employs (代办员) is a performer of its own.
    [InlineData("关于开展帮办代办服务的通知", "各街道：\n请各社区为辖区高龄老人提供上门代办服务。代办员每次服务后须将服务照片上传至平台。")]
    public void APerformerWhoseNameOpensWithSuchAWord_StillPerforms(string title, string description)
    {
        Assert.DoesNotContain("CI-1", Fired(title, description));
    }

    // Review of phase 15, item 3: "继续 or 同意 take the act after them: an answer that goes on easing the burden (继续减轻
    // 社区负担) relieves, it keeps no demand."
    [Theory]
    [InlineData("关于减轻社区负担建议的答复", "王代表：\n您反映的问题收悉，我们将继续减轻社区招商引资负担。")]
    [InlineData("关于减轻社区负担建议的答复", "王代表：\n您反映的问题收悉，同意减免社区招商引资任务。")]
    public void ContinuingToEaseTheBurden_KeepsNoDemand(string title, string description)
    {
        Assert.DoesNotContain("FM-01", Fired(title, description));
    }

    [Theory]
    // Evasion: continuing the demand itself keeps it.
    [InlineData("关于减轻社区负担建议的答复", "王代表：\n您反映的社区承担招商引资任务的问题收悉，经研究，继续由社区承担招商引资任务。")]
    // Evasion: a relief granted in name while the demand is restated after it.
    [InlineData("关于减轻社区负担建议的答复", "王代表：\n您反映的社区承担招商引资任务过重的问题收悉，经研究，同意调整，今年社区招商引资任务调整为每村300万元。")]
    // Evasion: easing something else, then keeping the demand.
    [InlineData("关于减轻社区负担建议的答复", "王代表：\n您反映的问题收悉，我们将继续减轻台账负担，照常下达社区招商引资任务。")]
    public void ContinuingTheDemand_KeepsIt(string title, string description)
    {
        Assert.Contains("FM-01", Fired(title, description));
    }

    // rt29-038: "请勿要求村委会… is a prohibition, as 不得要求… is."
    [Theory]
    [InlineData("关于项目入库资料报送的提示", "村（社区）不是项目单位的，不承担报送任务，请勿要求村委会为项目出具开工证明。")]
    [InlineData("关于项目入库资料报送的提示", "各部门切勿要求村委会为项目出具开工证明。")]
    public void APleaNotToDemand_IsAProhibition(string title, string description)
    {
        Assert.DoesNotContain("BZ-00", Fired(title, description));
    }

    [Theory]
    // Evasion: a plea not to delay, then a demand.
    [InlineData("关于项目入库资料报送的提示", "请勿拖延，请村委会于3日内为项目出具开工证明。")]
    [InlineData("关于项目入库资料报送的提示", "请村委会为项目出具开工证明，请勿拖延。")]
    public void APleaAboutSomethingElse_LeavesTheDemand(string title, string description)
    {
        Assert.Contains("BZ-00", Fired(title, description));
    }

    // rt29-179: "A person a condition is about (商户不配合的…) does not act in what follows: the photos are the village's."
    [Theory]
    [InlineData("城管群消息", "今天下班前，各社区把辖区内的违规广告牌一律拆除，商户不配合的直接叫人拆，拆除前、拆除后各拍一张照片上传。")]
    [InlineData("城管群消息", "各社区对辖区违建一律拆除，村民自建的先行登记，拆除后将照片上传平台。")]
    public void APersonAConditionIsAbout_DoesNotActInWhatFollows(string title, string description)
    {
        Assert.Contains("CI-1", Fired(title, description));
    }

    [Theory]
    // The person who acts in the clause before (商户自行拆除) still takes the photos himself; so does the owner of a possessive.
    [InlineData("城管群消息", "各社区做好宣传，商户自行拆除违规广告牌，拆除后将照片上传。")]
    [InlineData("城管群消息", "各社区做好宣传，商户的门头由商户自行整改，整改后将照片上传。")]
    public void APersonWhoActsInTheClauseBefore_StillActs(string title, string description)
    {
        Assert.DoesNotContain("CI-1", Fired(title, description));
    }

    // rt30-193: "A title ranking the bodies the paper is sent to (区直各部门 is 区直部门) ranks them; a village word right after
    // their name says what they are ranked on (进村事项), unless it is joined to them (及各村)."
    [Theory]
    [InlineData("关于2027年上半年区直部门进村事项准入执行情况排名的通报", "区直各部门：\n区减负办对上半年区直部门向村（社区）下派事项的准入执行情况进行了检查。\n请排名靠后的部门于7月底前清理并书面说明。")]
    public void ARankingOfTheAddresseesOnTheirTasksToVillages_IsTheirs(string title, string description)
    {
        Assert.DoesNotContain("AS-1", Fired(title, description));
    }

    [Theory]
    // Evasion: the villages joined to the departments in the title are ranked too.
    [InlineData("关于2027年上半年区直部门及各村准入执行情况排名的通报", "区直各部门：\n区减负办对上半年区直部门和各村的准入执行情况进行了检查，请排名靠后的单位于7月底前整改。")]
    // Evasion: a sentence ranking the villages themselves.
    [InlineData("关于2027年上半年区直部门进村事项准入执行情况排名的通报", "区直各部门：\n请各部门对联系村的准入执行情况进行排名。")]
    public void VillagesJoinedToThemOrRankedInASentence_AreRanked(string title, string description)
    {
        Assert.Contains("AS-1", Fired(title, description));
    }

    // rt30-044: "Trainees sign in at their own course: a paper addressed to them (各参训学员：) speaks to private persons."
    [Theory]
    [InlineData("农村建筑工匠培训班开班通知", "各参训学员：\n培训班定于3月18日在区职业技术学校举办，每天上午8:30前在教室门口扫码签到。")]
    [InlineData("关于规范培训考勤的通知", "各镇：\n补贴性培训学员每日上课须在APP打卡，考勤记录由培训机构上传。")]
    public void TraineesSigningInAtTheirCourse_AreNotTheVillage(string title, string description)
    {
        Assert.DoesNotContain("CI-1", Fired(title, description));
    }

    [Theory]
    // Evasion: the village's cadres told to check in at a course are still the village.
    [InlineData("关于村干部培训的通知", "各村：\n请各村村干部参加培训，每天在APP打卡签到。")]
    [InlineData("关于村干部培训的通知", "各参训学员：\n请各村书记每天在APP打卡上报本村防汛巡查轨迹。")]
    public void TheVillagesCadresAtACourse_AreStillTheVillage(string title, string description)
    {
        Assert.Contains("CI-1", Fired(title, description));
    }

    // rt30-076: "In a paper to the townships, the villages given a minimum to do (各村两委干部每月至少入户走访一次) are told to
    // act; the next item going on with that act (走访时须…定位打卡) is theirs."
    [Theory]
    [InlineData("关于压实防返贫监测走访责任的通知", "各镇（乡）：\n一、各村两委干部按包户分工，每月至少入户走访一次监测户；\n二、走访时须在APP上定位打卡，并上传与户主的合影。")]
    [InlineData("关于压实防返贫监测走访责任的通知", "各镇（乡）：\n各村干部每周走访独居老人不少于2次。走访时须在APP上定位打卡。")]
    public void VillagesGivenAMinimum_AreToldToAct(string title, string description)
    {
        Assert.Contains("CI-1", Fired(title, description));
    }

    [Theory]
    // No minimum and no modal: the townships' paper describes, and its next item is the addressee's.
    [InlineData("关于压实防返贫监测走访责任的通知", "各镇（乡）：\n一、各村两委干部按包户分工做好走访；\n二、走访时须在APP上定位打卡。")]
    // The minimum withdrawn from the villages tells them nothing.
    [InlineData("关于压实防返贫监测走访责任的通知", "各镇（乡）：\n一、各村不再要求每月至少走访一次；\n二、走访时须在APP上定位打卡。")]
    public void VillagesNotGivenAMinimum_AreNotTold(string title, string description)
    {
        Assert.DoesNotContain("CI-1", Fired(title, description));
    }

    // rt30-020: "A certificate named in 《…》 right after the village's issuing verb (村委会出具的《实际种粮面积证明》) is the paper
    // the village issues; its name is read like any other demand."
    [Theory]
    [InlineData("关于种粮大户补贴申报材料的说明", "申报材料：1．申请表；2．村委会出具的《实际种粮面积证明》，加盖村委会公章。")]
    [InlineData("关于种粮大户补贴申报材料的说明", "申报材料：请村委会出具《实际种粮面积证明》。")]
    public void ACertificateTitledRightAfterTheIssuingVerb_IsIssued(string title, string description)
    {
        Assert.Contains("BZ-00", Fired(title, description));
    }

    [Theory]
    // A document cited by its title is not issued: 依据《…的说明》.
    [InlineData("关于种粮大户补贴申报材料的说明", "申报材料依据《关于村级出具证明事项的说明》执行，由申请人自行提供。")]
    public void ADocumentCitedByItsTitle_IsNotIssued(string title, string description)
    {
        Assert.DoesNotContain("BZ-00", Fired(title, description));
    }

    // Review of phase 16, finding 1: "Trainees are private persons only when they are not the villages' cadres: 请各村"两委"干部
    // 参加…提升班，学员每天须…签到 asks the cadres to check in."
    [Theory]
    [InlineData("关于组织村干部参加学历提升班的通知", "各村（社区）：\n请各村\"两委\"干部参加全区村干部学历提升班，学员每天须在\"学习通\"APP签到打卡，在线学习时长不少于2小时。")]
    public void TraineesWhoAreTheVillagesCadres_AreTheVillage(string title, string description)
    {
        Assert.Contains("CI-1", Fired(title, description));
    }

    [Theory]
    // Farmers the village enrols are the trainees: they sign in at their own course.
    [InlineData("关于开展农村电商培训的通知", "各村（社区）：\n请各村干部做好宣传，组织农户报名参加电商培训班，学员每天须在APP签到打卡。")]
    public void TraineesWhoArePrivatePersons_StillSignInForThemselves(string title, string description)
    {
        Assert.DoesNotContain("CI-1", Fired(title, description));
    }

    // Review of phase 16, finding 2: "请勿忘记, 不要忘记, 切勿遗漏 mean 'remember to': what follows is asked."
    [Theory]
    [InlineData("关于为外出务工人员开具证明的提醒", "各村（社区）：\n近期外出务工人员入职需要无犯罪记录证明，请勿忘记在5月10日前为本村外出务工人员出具无犯罪记录证明并加盖村委会公章。")]
    [InlineData("秸秆禁烧巡查提醒", "各村（社区）：\n请勿忘记每天在\"禁烧通\"APP打卡签到。")]
    [InlineData("秸秆禁烧巡查提醒", "各村（社区）：\n不要忘记每天在\"禁烧通\"APP打卡签到。")]
    public void NotToForget_IsToDo(string title, string description)
    {
        Assert.NotEmpty(Fired(title, description).Intersect(["BZ-05", "BZ-00", "CI-1"]));
    }

    [Theory]
    // A plea not to demand stays a prohibition.
    [InlineData("关于项目入库资料报送的提示", "请勿要求村委会为项目出具开工证明。")]
    [InlineData("秸秆禁烧巡查提醒", "各村（社区）：\n请勿要求巡查人员每天在APP打卡签到。")]
    public void APleaNotToDemand_StaysAProhibition(string title, string description)
    {
        Assert.Empty(Fired(title, description).Intersect(["BZ-05", "BZ-00", "CI-1"]));
    }

    // Review of phase 16, finding 3: "The numbered items under a line that hands a list to the villages (请各村（社区）落实以下
    // 要求：) are theirs, whether the ask follows the addressee on its line or stands on its own."
    [Theory]
    [InlineData("关于做好秸秆禁烧巡查工作的通知", "各镇人民政府、街道办事处：请各村（社区）落实以下要求：\n一、每日8时、18时两次在\"禁烧通\"APP打卡，上报巡查轨迹；\n二、巡查照片每日发到镇禁烧工作群，未按时发图的在群内通报。")]
    [InlineData("关于做好秸秆禁烧巡查工作的通知", "各镇人民政府、街道办事处：\n请各村（社区）落实以下要求：\n一、每日8时、18时两次在\"禁烧通\"APP打卡，上报巡查轨迹；\n二、巡查照片每日发到镇禁烧工作群，未按时发图的在群内通报。")]
    public void ItemsUnderAListHandedToTheVillages_AreTheirs(string title, string description)
    {
        Assert.Contains("CI-1", Fired(title, description));
    }

    [Theory]
    // A list handed to the townships stays theirs.
    [InlineData("关于做好秸秆禁烧巡查工作的通知", "各镇人民政府、街道办事处：\n请各镇落实以下要求：\n一、每日8时、18时两次在\"禁烧通\"APP打卡，上报巡查轨迹。")]
    // A line asking the villages that points to no list does not reach the items after it.
    [InlineData("关于做好秸秆禁烧巡查工作的通知", "各镇人民政府、街道办事处：\n请各村（社区）做好宣传。\n镇巡查工作要求：\n一、每日8时、18时两次在\"禁烧通\"APP打卡，上报巡查轨迹。")]
    public void ItemsUnderAListNotHandedToTheVillages_AreNotTheirs(string title, string description)
    {
        Assert.DoesNotContain("CI-1", Fired(title, description));
    }

    // Review of phase 16, finding 12: "The minimum must govern the villages' own act: a visit they receive (每月至少接受一次镇包村
    // 干部走访) gives them nothing to do, and the check-ins during it are the township cadres'."
    [Theory]
    [InlineData("关于镇干部包村走访的通知", "各镇（街道）：\n一、各村（社区）每月至少接受一次镇包村干部走访，村里不另作安排；\n二、走访时须在APP上定位签到，并上传走访照片。")]
    [InlineData("关于镇干部包村走访的通知", "各镇（街道）：\n一、各村（社区）每月至少接受一次镇包村干部走访；\n二、走访时须在APP上定位签到，并上传走访照片。")]
    public void AMinimumTheVillagesReceive_TellsThemNothing(string title, string description)
    {
        Assert.DoesNotContain("CI-1", Fired(title, description));
    }

    [Theory]
    // The villages' own visits, with a receiving verb elsewhere in the sentence, are still theirs.
    [InlineData("关于镇干部包村走访的通知", "各镇（街道）：\n一、各村（社区）每月至少组织一次入户走访，并接受镇包村干部督导；\n二、走访时须在APP上定位签到，并上传走访照片。")]
    public void AMinimumOfTheVillagesOwnAct_StillTellsThem(string title, string description)
    {
        Assert.Contains("CI-1", Fired(title, description));
    }

    // Review of phase 16, finding 5: "A 的 before the noun it modifies (门头上的旧招牌) lies in the person's own object: the
    // merchant who replaces his sign photographs it himself."
    [Theory]
    [InlineData("城管群消息", "各社区：\n请各社区做好宣传。商户自行更换门头上的旧招牌，更换前、更换后各拍一张照片上传\"城管通\"小程序，即可申领每块200元补助。")]
    [InlineData("秸秆清运补贴", "各村（社区）：\n请各村做好宣传。农户自行清运地里的秸秆，清运前、清运后各拍一张照片上传\"农补通\"APP，即可申领每亩30元补贴。")]
    public void APersonWhoseObjectHoldsAModifyingDe_StillActs(string title, string description)
    {
        Assert.DoesNotContain("CI-1", Fired(title, description));
    }

    [Theory]
    // A headless phrase closed by 的 and followed by an adverb is still what a condition is about.
    [InlineData("城管群消息", "今天下班前，各社区把辖区内的违规广告牌一律拆除，商户不配合的直接叫人拆，拆除前、拆除后各拍一张照片上传。")]
    [InlineData("城管群消息", "今天下班前，各社区把辖区内的旧招牌一律拆除，商户拒不拆除的由社区叫人拆，拆除后将照片上传。")]
    public void APersonAHeadlessPhraseIsAbout_StillDoesNotAct(string title, string description)
    {
        Assert.Contains("CI-1", Fired(title, description));
    }

    // Review of phase 16, finding 4: "A certificate named in 《…》 with the village's issuing verb or stamp after it, in its
    // own clause, is issued as much as one named after the verb."
    [Theory]
    [InlineData("关于外出务工人员情况说明的通知", "各村（社区）：\n请于5月10日前将《外出务工人员无违法犯罪情况说明》加盖村委会公章后报镇综治办，每人一份。")]
    [InlineData("关于外出务工人员情况说明的通知", "各村（社区）：\n《外出务工人员无违法犯罪情况说明》由各村出具并加盖村委会公章，5月10日前报镇综治办，每人一份。")]
    public void ACertificateTitledBeforeTheIssuingVerbOrStamp_IsIssued(string title, string description)
    {
        Assert.Contains("BZ-05", Fired(title, description));
    }

    [Theory]
    // A document cited as the ground of the act is not issued, whatever stamp follows.
    [InlineData("关于外出务工人员情况说明的通知", "各村（社区）：\n请依据《关于规范村级出具无违法犯罪证明的说明》加盖公章前逐项核对，不属于清单的一律不出具。")]
    public void ACertificateTitleCitedAsTheGround_IsNotIssued(string title, string description)
    {
        Assert.DoesNotContain("BZ-05", Fired(title, description));
    }

    // Review of phase 16, the gap left open: "A negation word that begins the name of the certificate or fact itself (无犯罪记录,
    // 无住房, 无子女) names what is certified; it does not negate the demand to issue it." The test lexicon matches each name
    // after its negation word (犯罪记录, 住房, 子女), as the demo lists do for 犯罪记录.
    [Theory]
    [InlineData("BZ-05", "关于为外出务工人员开具证明的提醒", "各村（社区）：\n切勿遗漏任何一名外出务工人员，务必在5月10日前为其出具无犯罪记录证明。")]
    [InlineData("BZ-05", "关于为外出务工人员开具证明的通知", "请各村为外出务工人员出具无犯罪记录证明。")]
    // The same certificate in words the item's title (无犯罪记录证明, matched whole) does not cover.
    [InlineData("BZ-05", "关于为外出务工人员开具证明的提醒", "各村（社区）：\n切勿遗漏任何一名外出务工人员，务必在5月10日前为其出具无犯罪记录情况说明。")]
    [InlineData("BZ-05", "关于为外出务工人员开具证明的通知", "请各村为外出务工人员出具无犯罪记录情况说明。")]
    [InlineData("BZ-17", "关于困难家庭申请保障房的提醒", "各村（社区）：\n切勿遗漏任何一户困难家庭，务必在5月10日前为其出具无住房证明。")]
    [InlineData("BZ-17", "关于困难家庭申请保障房的通知", "请各村为困难家庭出具无住房证明。")]
    [InlineData("BZ-14", "关于独居老人申请救助的提醒", "各村（社区）：\n切勿遗漏任何一名独居老人，务必在5月10日前为其开具无子女证明。")]
    [InlineData("BZ-14", "关于独居老人申请救助的通知", "请各村为独居老人开具无子女证明。")]
    public void ACertificateWhoseNameOpensWithANegation_IsStillDemanded(string code, string title, string description)
    {
        Assert.Contains(code, Fired(title, description, NamedAfterNegation));
    }

    [Theory]
    [InlineData("BZ-05", "关于规范村级证明事项的通知", "不得要求村委会出具无犯罪记录证明。")]
    [InlineData("BZ-05", "关于规范村级证明事项的通知", "不得要求村委会出具无犯罪记录情况说明。")]
    [InlineData("BZ-17", "关于规范村级证明事项的通知", "不得要求村委会出具无住房证明。")]
    [InlineData("BZ-14", "关于规范村级证明事项的通知", "村委会不再开具无子女证明。")]
    public void AProhibitionOfACertificateWhoseNameOpensWithANegation_StaysQuiet(string code, string title, string description)
    {
        Assert.DoesNotContain(code, Fired(title, description, NamedAfterNegation));
    }
}
