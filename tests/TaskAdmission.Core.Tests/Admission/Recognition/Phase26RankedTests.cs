using TaskAdmission.Core.Admission.Precheck;

namespace TaskAdmission.Core.Tests.Admission.Recognition;

/// <summary>
/// Issue 11, phase 26: who is ranked, rated or assessed. ASSESSMENT_BAN and DEMONSTRATION are about the villages; the object
/// of the assessing verb decides — the bodies the paper is sent to, the name after 对 up to its linking verb, what an
/// assessment given by 由 to another body assesses, the level it reaches, the provider whose fee it docks, whom the paper
/// announces it assesses, the party's secretaries assessed as cadres. Beside each quieting shape, the same shape used to
/// put the rating on the villages anyway must fire. Every sentence is written for these tests.
/// </summary>
public sealed class Phase26RankedTests(PrecheckFixture fixture) : IClassFixture<PrecheckFixture>
{
    [Theory]
    // A rating of school brigades, sent to the schools' brigades.
    [InlineData("关于评选星级红领巾中队的通知", "全县各学校少先队大队部：\n团县委今年开展星级中队评选。评选按队伍建设、活动质量评为一至三星，结果纳入学校的年度考核。", PrecheckRules.AssessmentBan)]
    [InlineData("关于评选星级红领巾中队的通知", "全县各学校少先队大队部：\n团县委今年开展星级中队评选。评选按队伍建设、活动质量评为一至三星，结果纳入学校的年度考核。", PrecheckRules.Demonstration)]
    // A search for model families sent to the townships' women's federations.
    [InlineData("关于推选和睦家庭的通知", "各镇（街道）妇联：\n今年继续推选和睦家庭。\n一、推荐办法：家庭自荐或村（社区）妇联推荐。\n二、表彰：县妇联评选“最美家庭”三十户，发给奖牌。", PrecheckRules.Demonstration)]
    // Scenic spots ranked by their visitors, in a paper sent to them.
    [InlineData("关于端午假期景区游客接待和出行提醒的通报", "各镇、各景区：\n端午前两天，全县6家A级景区接待游客共9万人次，按客流量排名前两位的是云岭瀑布、古渡口。\n请景区周边各村用广播提醒村民避开高峰。", PrecheckRules.AssessmentBan)]
    // Schools and kindergartens told what befalls them if they break the rule.
    [InlineData("县教育局关于学校向村（社区）要证明问题的通知", "各中小学校、幼儿园：\n入学时不得让家长到村（社区）开具居住证明；\n需要核实的，由学校自己查询。违反的，发现一次通报批评一次。", PrecheckRules.AssessmentBan)]
    public void APaperSentToOtherBodies_RatesThem(string title, string description, string rule) => fixture.AssertQuiet(title, description, rule);

    [Theory]
    // The same paper to school brigades, with a clause that scores each village.
    [InlineData("关于评选星级红领巾中队的通知", "全县各学校少先队大队部：\n团县委对全县少先队中队开展星级评比，同时对各村关爱儿童的工作逐村打分、排名。", PrecheckRules.AssessmentBan)]
    // A model-family search in which each village must fill a quota and is ranked by its count.
    [InlineData("关于推选和睦家庭的通知", "各镇（街道）妇联：\n县妇联开展和睦家庭评选，每个村至少推荐五户，看各村推荐户数排名并通报。", PrecheckRules.AssessmentBan)]
    // Scenic spots addressed, the villages around them ranked.
    [InlineData("关于端午假期景区客流情况的通报", "各景区：\n景区周边各村每周上报劝导人次，镇里逐村排名通报。", PrecheckRules.AssessmentBan)]
    public void APaperSentToOtherBodies_ThatRanksTheVillages_StillFires(string title, string description, string rule) => fixture.AssertFires(title, description, rule);

    [Theory]
    // The name after 对 ends at its linking verb: a section of the bureau criticised, hotels and scenic spots rated.
    [InlineData("本局关于一个科室多头索要材料的通报", "机关各科室：\n近日，本局有科室让村（社区）把同一份材料报了三遍，被县减负办点名。局务会研究后，对负责科室予以通报批评，多收的材料退回。", PrecheckRules.AssessmentBan)]
    [InlineData("2027年度公共文化工作安排", "三、行业管理：本委对全县A级景区、星级宾馆开展等级评定复核，对不达标的摘牌。", PrecheckRules.AssessmentBan)]
    [InlineData("2027年度公共文化工作安排", "三、行业管理：本委对全县A级景区、星级宾馆开展等级评定复核，对不达标的摘牌。", PrecheckRules.Demonstration)]
    // An assessment given by 由 to another body, of what the clause names before it.
    [InlineData("网格员管理办法问答", "一、网格员由镇政府招聘并发放报酬。\n二、网格员的考核由镇平安办负责，不对村（社区）排名。", PrecheckRules.AssessmentBan)]
    [InlineData("消杀服务说明", "各乡镇：\n村（社区）只需在消杀时派人开门，药物和人员都由中标公司负责，消杀效果由县疾控中心考核。", PrecheckRules.AssessmentBan)]
    // An assessment said to reach down to the townships only.
    [InlineData("关于改进实绩考核的通知", "各乡镇党委：\n为减轻村级负担，今年起：一、这项考核到乡镇为止；二、不得对村打分。", PrecheckRules.AssessmentBan)]
    // An assessment that pays or docks a provider's fee.
    [InlineData("河道保洁项目采购需求", "采购人：石桥镇人民政府\n一、服务范围：河西村、河东村两段河道。\n二、付款方式：按季度考核付款，考核不达标的，扣减该季服务费10%。", PrecheckRules.AssessmentBan)]
    // A paper sent to the departments that announces it assesses them.
    [InlineData("关于考评县直部门精简会议的通知", "县直各部门：\n县委办将对县直各部门精简会议的情况开展年度考评。考评内容有：发文数量、检查考核次数、涉村事项是否准入等。", PrecheckRules.AssessmentBan)]
    public void TheObjectOfTheAssessment_IsAnotherBody(string title, string description, string rule) => fixture.AssertQuiet(title, description, rule);

    [Theory]
    // 对 + the villages, whatever the verb after it.
    [InlineData("本局关于一个科室多头索要材料的通报", "各乡镇：\n今后对报送最慢的村予以批评并排名。", PrecheckRules.AssessmentBan)]
    // The villages' assessment given by 由 to the township is still theirs; so is a worker's assessment that docks the village's pay.
    [InlineData("关于村级考评的通知", "各村的年度考评由镇党委负责，逐村排名通报。", PrecheckRules.AssessmentBan)]
    [InlineData("关于巡山员聘用的通知", "各村：\n巡山员的考核由镇林业站负责，巡山员评为不合格时，扣减所在村干部的绩效报酬。", PrecheckRules.AssessmentBan)]
    // An assessment that reaches down to the villages.
    [InlineData("关于改进实绩考核的通知", "各乡镇：\n今年起这项考核到村为止，逐村排名。", PrecheckRules.AssessmentBan)]
    // A provider's fee — the village is the one paid.
    [InlineData("关于村级保洁服务的通知", "各村：\n镇里向各村购买保洁服务，每季考核后付款，不合格时扣减村里的服务费。", PrecheckRules.AssessmentBan)]
    // A department's own assessment that then ranks the villages by their replies.
    [InlineData("关于考评县直部门精简会议的通知", "县直各部门：\n县委办将对县直各部门精简会议的情况开展考评。考评时依据各村的意见对村排名通报。", PrecheckRules.AssessmentBan)]
    public void TheObjectOfTheAssessment_IsTheVillages_StillFires(string title, string description, string rule) => fixture.AssertFires(title, description, rule);

    [Theory]
    // The party's assessment of its secretaries within the annual assessment, not ranked.
    [InlineData("县委组织部关于党支部书记年底述职的安排", "各乡镇党委：\n村党支部书记的年度考核重在党建，不再考经济指标。考核由乡镇党委组织，不作排名。", PrecheckRules.AssessmentBan)]
    [InlineData("关于驻村第一书记年底述职的通知", "各派出单位、各乡镇党委：\n年底，驻村第一书记向所在村的党员、群众代表当众述职，到会的人当场填表测评。", PrecheckRules.AssessmentBan)]
    public void ThePartyAssessingItsSecretaries_AssessesPersons(string title, string description, string rule) => fixture.AssertQuiet(title, description, rule);

    [Theory]
    // The same secretaries' assessment that ranks the villages, or ties the village's money to it.
    [InlineData("县委组织部关于党支部书记年底述职的安排", "各乡镇党委：\n村里党支部书记的年度考核归乡镇党委组织，考完后分村排出名次、通报。", PrecheckRules.AssessmentBan)]
    [InlineData("县委组织部关于党支部书记年底述职的安排", "各乡镇党委：\n村里党支部书记的年度考核归乡镇党委组织，得分同村里的运转经费挂钩。", PrecheckRules.AssessmentBan)]
    public void ThePartyAssessingItsSecretaries_ThatRanksTheVillages_StillFires(string title, string description, string rule) => fixture.AssertFires(title, description, rule);
}
