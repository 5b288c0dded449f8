using TaskAdmission.Core.Admission.Precheck;
using TaskAdmission.Core.Lists;
using static TaskAdmission.Core.Tests.Admission.PrecheckFixture;

namespace TaskAdmission.Core.Tests.Admission.Recognition;

/// <summary>
/// Issue 20, phase 20 (papers that take signboards down): a clean-up notice, its table, its report or a speech names the
/// village's boards as what is kept from the lawful list, taken down, counted down or not to be hung — it puts no new board
/// on the village. Checked on the demo lists (demo-lists.csv) as a department's notice would be, on sentences written for
/// these tests, with a department's wordings beside them that use the same shape to put a board up and must still warn.
/// </summary>
public sealed class Phase20SignboardTests(PrecheckFixture fixture) : IClassFixture<PrecheckFixture>
{
    [Theory]
    // The boards kept from the lawful list (只保留, 仅保留, 只悬挂 … over the whole list; or the keeping word after the board).
    [InlineData("关于规范村级挂牌的通知", "各村办公场所外只保留村党组织、村民委员会、村务监督委员会和村集体经济组织的牌子，其余一律摘除。")]
    [InlineData("关于规范社区挂牌的通知", "社区办公场所外部只悬挂社区党组织、居民委员会、居务监督委员会等依法设立的组织的牌子，其他的一律撤除。")]
    [InlineData("关于规范村级挂牌的通知", "各村对外只悬挂村党组织、村民委员会、村务监督委员会、村股份经济合作社、村妇联和村团支部等依法依规设立的组织的牌子。")]
    [InlineData("社区挂牌规范政策问答", "问：社区门口能挂哪些？\n答：社区对外挂牌原则上仅保留党组织、居委会和居务监督委员会的牌子。")]
    // Boards taken down, cleaned up or counted down: the word before the board, with only its list between, or a few words after.
    [InlineData("关于通报村级牌子清理进展的通知", "上月全区共摘除村级各类工作站、服务点牌子95块，请各镇继续巩固。")]
    [InlineData("关于做好村级牌子规范工作的通知", "请各镇对辖区村级组织机制牌子进行一次全面清理，清理结果月底前报区民政局。")]
    [InlineData("在全镇减负工作会上的讲话", "一年来，各村门口的牌子从平均12块减少到3块，村干部有更多时间走村入户。")]
    [InlineData("关于撤销村级协管站的通知", "各村：各村“食品安全协管站”牌子于6月底前摘除，不再作为检查内容。")]
    // A board said not to be hung, a post not to be set up.
    [InlineData("关于停建村级站点的通知", "各村：原计划设立的“便民工作站”不再设立，印好的标牌也无需悬挂。")]
    // A board ending its clause, taken down at the start of the next.
    [InlineData("关于清理村级协管类牌子的通知", "区市场监管局原要求各村悬挂的“食品安全协管站”等牌子，自即日起全部摘除。")]
    // An exception to a removal in a numbered item (phase 10's rule, read after the number).
    [InlineData("白水县村级组织减负清单", "5.除村党组织、村委会等法定牌子外，不再要求村悬挂其他牌子。")]
    // A title naming its boards as what is cleaned up or regulated, over a description whose boards are all kept or taken down.
    [InlineData("石桥镇村级机制牌子清理情况表", "| 村名 | 清理前牌子数 | 保留牌子数 |\n| 东岭村 | 9 | 4 |")]
    [InlineData("河口镇规范社区机制牌子工作情况", "各社区保留的牌子均为规定牌子。")]
    [InlineData("关于撤除社区门口重复标牌的通知", "社区门口重复的标牌于本月底前摘除。")]
    public void Check_DoesNotWarn_OnBoardsKeptOrTakenDown(string title, string description)
    {
        var result = fixture.Check(Base(title, description, [], D(DemandKind.FieldWork)));

        Assert.DoesNotContain(result.Findings, f => f.Rule == PrecheckRules.Signboard);
    }

    [Theory]
    // Keep only these, and also hang another (in the clause, or in the next).
    [InlineData("关于规范村级挂牌的通知", "各村只保留村委会牌子并加挂“综治工作站”牌子。")]
    [InlineData("关于规范村级挂牌的通知", "各村对外只保留村党组织、村委会牌子，还要统一悬挂“平安家园”牌子。")]
    // A clean-up notice that ends by putting a new board up.
    [InlineData("关于清理规范村级组织机制牌子的通知", "各村只保留村党组织、村委会牌子，其余一律摘除。摘除后由各村统一制作“网格服务站”牌子并上墙。")]
    [InlineData("关于更换村级牌子的通知", "各村摘除旧牌子后统一制作新标牌。")]
    // A board put up in its own clause, an old one taken down in the next.
    [InlineData("关于规范村级挂牌的通知", "各村统一悬挂“平安工作站”牌子，同时摘除旧牌子。")]
    // A floor on the boards, or a double negation, after 不得.
    [InlineData("关于村级挂牌的通知", "各村“平安工作站”牌子不得少于2块。")]
    // A table whose cell keeps an unlawful board and replaces it, or sets one up; a clean-up cell with no adverb is work.
    [InlineData("白水县村级牌子清理情况表", "| 牌子名称 | 处理意见 |\n| 平安工作站牌子 | 保留并统一更换 |")]
    [InlineData("白水县村级牌子清理情况表", "| 牌子名称 | 处理意见 |\n| 综治中心牌子 | 新设 |")]
    // A title naming a clean-up over a description that demands a board, or names none.
    [InlineData("村级组织机制牌子清理工作方案", "各村于5月底前统一制作“网格服务站”牌子。")]
    [InlineData("关于规范村级便民服务站挂牌的通知", "各村于月底前完成。")]
    // 规范 as the standard, not the clean-up: a verb between it and the board makes the board what is to be done.
    [InlineData("关于林长制工作的通知", "各村按规范完成阵地建设，月底前验收。")]
    public void Check_Warns_OnABoardPutUpInTheSameShape(string title, string description)
    {
        var result = fixture.Check(Base(title, description, [], D(DemandKind.FieldWork)));

        Assert.Contains(result.Findings, f => f.Rule == PrecheckRules.Signboard);
    }
}
