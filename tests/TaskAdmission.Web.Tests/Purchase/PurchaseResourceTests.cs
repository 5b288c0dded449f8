using System.Collections;
using System.Globalization;
using System.Resources;
using System.Text.RegularExpressions;
using TaskAdmission.Application.Purchase;
using TaskAdmission.Core.Purchase;
using TaskAdmission.Testing;
using TaskAdmission.Web.Localization;

namespace TaskAdmission.Web.Tests.Purchase;

/// <summary>The purchase screens' strings exist in both languages, for every key the components ask for.</summary>
public sealed partial class PurchaseResourceTests
{
    private static readonly ResourceManager Resources = new("TaskAdmission.Web.Localization.PurchaseResource", typeof(PurchaseResource).Assembly);

    [GeneratedRegex(@"\bP\[""([^""]+)""")]
    private static partial Regex LiteralKey();

    private static Dictionary<string, string> Table(CultureInfo culture) =>
        Resources.GetResourceSet(culture, createIfNotExists: true, tryParents: false)!
            .Cast<DictionaryEntry>().ToDictionary(e => (string)e.Key, e => (string)e.Value!);

    [Fact]
    public void PurchaseResource_HasTheSameNonEmptyKeys_InChineseAndEnglish()
    {
        var zh = Table(CultureInfo.InvariantCulture);
        var en = Table(new CultureInfo("en"));

        Assert.Equal(zh.Keys.Order(), en.Keys.Order());
        Assert.All(zh.Concat(en), e => Assert.False(string.IsNullOrWhiteSpace(e.Value), e.Key));
    }

    [Fact]
    public void PurchaseResource_HasEveryKeyTheScreensUse()
    {
        var zh = Table(CultureInfo.InvariantCulture);
        var folder = RepositoryPaths.Combine("src", "TaskAdmission.Web", "Features", "Purchase");
        var literal = Directory.EnumerateFiles(folder).SelectMany(f => LiteralKey().Matches(File.ReadAllText(f)).Select(m => m.Groups[1].Value));
        // Keys built from enum names and step ids, one per value.
        var built = Enum.GetNames<PurchaseStatus>().Select(s => $"Status.{s}")
            .Concat(Enum.GetNames<MilestoneStatus>().Select(s => $"MilestoneStatus.{s}"))
            .Concat(Enum.GetNames<SelectionMode>().SelectMany(m => new[] { $"Mode.{m}", $"Mode.{m}.Help" }))
            .Concat(Enum.GetNames<CaseOrigin>().Select(o => $"Origin.{o}"))
            .Concat(Enum.GetNames<FundingSource>().Select(s => $"Source.{s}"))
            .Concat(Enum.GetNames<ProviderKind>().Select(k => $"ProviderKind.{k}"))
            .Concat(Enum.GetNames<ProviderStatus>().Select(k => $"ProviderStatus.{k}"))
            .Concat(new[] { PurchaseSteps.Describe, PurchaseSteps.SelectProvider, PurchaseSteps.DraftAgreement, PurchaseSteps.ProviderConfirm,
                PurchaseSteps.DepartmentSign, PurchaseSteps.Report, PurchaseSteps.Accept, PurchaseSteps.Settle }.Select(s => $"Step.{s}"))
            .Concat(new[] { PurchaseSteps.ProviderConfirm, PurchaseSteps.DepartmentSign }.SelectMany(s => new[] { $"Answer.{s}.Help", $"Answer.{s}.Yes", $"Answer.{s}.No" }))
            .Concat(new[] { PurchaseSteps.ProviderConfirm, PurchaseSteps.Report }.Select(s => $"Village.Todo.{s}"))
            .Concat(new[] { "Pending", "Missing" }.Select(s => $"Funds.{s}"))
            .Concat(new[] { "Started", "Described", "ProviderSelected", "Drafted", "Signed", "SentBack", "Confirmed", "Reported", "Accepted", "Rework",
                "Paid", "Reversed", "Closed", "Cancelled", "ScanAttached", "ProviderSaved", "Imported" }.Select(d => $"Done.{d}"))
            .Concat(new[] { "Accepted", "Rework", "Paid", "Reversed", "Reported" }.Select(h => $"History.{h}"));

        Assert.Empty(literal.Concat(built).Distinct().Where(k => !zh.ContainsKey(k)).Order());
    }
}
