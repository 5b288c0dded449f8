using System.Collections;
using System.Globalization;
using System.Resources;
using System.Text.RegularExpressions;
using TaskAdmission.Core.Admission.Precheck;
using TaskAdmission.Core.Admission.Submissions;
using TaskAdmission.Testing;
using TaskAdmission.Web.Localization;
using TaskAdmission.Workflows.Persistence;

namespace TaskAdmission.Web.Tests.Admission;

/// <summary>The admission screens' strings exist in both languages, for every key the components ask for.</summary>
public sealed partial class AdmissionResourceTests
{
    private static readonly ResourceManager Resources = new("TaskAdmission.Web.Localization.AdmissionResource", typeof(AdmissionResource).Assembly);

    [GeneratedRegex(@"\b[Aa]\[""([^""]+)""")]
    private static partial Regex LiteralKey();

    private static Dictionary<string, string> Table(CultureInfo culture) =>
        Resources.GetResourceSet(culture, createIfNotExists: true, tryParents: false)!
            .Cast<DictionaryEntry>().ToDictionary(e => (string)e.Key, e => (string)e.Value!);

    private static string SourceFolder() => RepositoryPaths.Combine("src", "TaskAdmission.Web", "Features", "Admission");

    [Fact]
    public void AdmissionResource_HasTheSameNonEmptyKeys_InChineseAndEnglish()
    {
        var zh = Table(CultureInfo.InvariantCulture);
        var en = Table(new CultureInfo("en"));

        Assert.Equal(zh.Keys.Order(), en.Keys.Order());
        Assert.All(zh.Concat(en), e => Assert.False(string.IsNullOrWhiteSpace(e.Value), e.Key));
    }

    [Fact]
    public void AdmissionResource_HasEveryKeyTheScreensUse()
    {
        var zh = Table(CultureInfo.InvariantCulture);
        var literal = Directory.EnumerateFiles(SourceFolder()).SelectMany(f => LiteralKey().Matches(File.ReadAllText(f)).Select(m => m.Groups[1].Value));
        // Keys built from enum names, one per value.
        var built = Enum.GetNames<SubmissionStatus>().SelectMany(s => new[] { $"Status.{s}", $"Next.{s}" })
            .Concat(Enum.GetNames<PrecheckOutcome>().SelectMany(o => new[] { $"Outcome.{o}", $"Outcome.{o}.Explain", $"Next.InReview.{o}" }))
            .Concat(Enum.GetNames<FindingSeverity>().Select(s => $"Severity.{s}"))
            .Concat(Enum.GetNames<DemandPeriod>().Select(p => $"Period.{p}"))
            .Concat(Enum.GetNames<DecisionKind>().Select(k => $"Decision.{k}"))
            .Concat(Enum.GetNames<JournalEntryKind>().Select(k => $"Journal.{k}"));

        Assert.Empty(literal.Concat(built).Distinct().Where(k => !zh.ContainsKey(k)).Order());
    }
}
