using TaskAdmission.Core.Admission.Precheck;

namespace TaskAdmission.Core.Tests.Admission.Recognition;

/// <summary>
/// Issue 11, phase 26 (who does the act): the actor of a banned act is the subject of its verb or the body the sentence
/// gives it to, not a village the clause names as the place where it happens or as the owner of what is acted on. Every
/// sentence is written for these tests; beside each rule stand wordings in which a department uses the same shape to put
/// the banned work on the villages anyway — those still fire.
/// </summary>
public sealed class Phase26OthersDoTests(PrecheckFixture fixture) : IClassFixture<PrecheckFixture>
{
    private const string Title = "关于河滩违建处置的工作消息";

    private void Quiet(string description, string rule) => fixture.AssertQuiet(Title, description, rule);

    private void Fires(string description, string rule) => fixture.AssertFires(Title, description, rule);

    // "The villages listed as where the demolition happens do not demolish; the team the next clause names does."
    [Theory]
    [InlineData("下周对杏林村、竹溪村河滩上几处违建动手拆除，由县执法大队负责实施。")]
    [InlineData("下周对杏林村和竹溪村河滩上几处违建动手拆除，由县执法大队负责实施，请村里提醒住户挪车。")]
    public void VillagesNamedAsThePlace_WithTheActGivenToABodyLater_DoNotAct(string description) =>
        Quiet(description, PrecheckRules.ProhibitedItem);

    // "Inspectors working in two villages inspect; the villages are where they were."
    [Theory]
    [InlineData("县检查组工作人员在杏林村和竹溪村查看了消防安全。")]
    [InlineData("县检查组工作人员在杏林村、竹溪村查看了消防安全。")]
    public void AVillageListedAfterThePlace_IsAPlaceToo(string description) =>
        Quiet(description, PrecheckRules.ProhibitedItem);

    [Theory]
    // The same shape, but the later clause gives the demolition to the villages.
    [InlineData("下周对杏林村、竹溪村河滩上几处违建动手拆除，由各村负责实施。")]
    // The team only confirms; the villages are told to demolish in the next clause.
    [InlineData("下周对杏林村、竹溪村河滩上几处违建动手拆除，由县执法大队负责认定，各村负责拆除。")]
    // Nobody else named: the demolition aimed at the villages' sites is put on them.
    [InlineData("下周对杏林村、竹溪村河滩上几处违建动手拆除。")]
    // The villages listed as the subject inspect.
    [InlineData("杏林村和竹溪村对辖区作坊的消防安全逐户检查。")]
    // The team inspects in the villages, and the villages are made to inspect as well.
    [InlineData("县执法大队在杏林村、竹溪村逐户查看，各村要对辖区作坊的消防安全逐户检查。")]
    public void TheSameShapePuttingTheActOnTheVillages_StillFires(string description) =>
        Fires(description, PrecheckRules.ProhibitedItem);

    // "When a named team does the demolition or the enforcement, persuading the neighbours is help the village gives."
    [Theory]
    [InlineData("河滩违建的拆除由县执法大队负责。各村做好住户的思想工作。")]
    [InlineData("乱葬坟墓由县民政局会同县执法局依法查处。村委会也可以帮着讲政策，做好住户思想工作。")]
    [InlineData("一、河滩违建的认定与拆除由镇执法中队承担；二、各村做好住户的思想工作，并及时反映住户的困难。")]
    public void PersuasionBesideANamedEnforcer_IsHelp(string description) =>
        Quiet(description, PrecheckRules.ProhibitedItem);

    [Theory]
    // The persuasion must deliver the signed agreements by a date: the demolition work is the village's.
    [InlineData("河滩违建的拆除由县执法大队负责。各村做好住户的思想工作，确保本月底前住户全部签订拆除协议。")]
    // The team only confirms; the village persuades and demolishes.
    [InlineData("河滩违建由县执法大队负责认定。各村做好住户的思想工作并负责拆除。")]
    // The demolition itself is given to the villages.
    [InlineData("河滩违建的拆除由各村负责。各村做好住户的思想工作。")]
    // No one else named.
    [InlineData("各村做好住户的思想工作。")]
    public void PersuasionThatCarriesTheDemolition_StillFires(string description) =>
        Fires(description, PrecheckRules.ProhibitedItem);

    // "An office that says it does the inspection itself (所里自己, 局里自己) does it; the villages only send addresses."
    [Theory]
    [InlineData("各村：本月小卖部的食品安全检查是所里自己派人去做，请各村把位置发过来。")]
    [InlineData("各村：小作坊的消防安全检查是局里自己安排人员去做，村里只需告知地址。")]
    public void AnOfficeDoingTheActItself_DoesIt(string description) =>
        fixture.AssertQuiet("龙泉乡市场监管工作消息", description, PrecheckRules.ProhibitedItem);

    [Theory]
    // The same shape with the villages doing it themselves.
    [InlineData("各村：本月小卖部的食品安全检查是各村自己派人去做，所里只抽查。")]
    [InlineData("各村：本月小卖部食品安全检查由村里自己派人去做。")]
    // The office arranges its own round, and the villages must inspect every week besides.
    [InlineData("各村：本月小卖部的食品安全检查是局里自行安排，请各村每周对摊点食品安全检查一次。")]
    public void TheVillagesDoingItThemselves_StillFires(string description) =>
        fixture.AssertFires("龙泉乡市场监管工作消息", description, PrecheckRules.ProhibitedItem);
}
