using System.Globalization;
using Microsoft.Extensions.Localization;
using TaskAdmission.Core.Admission.Precheck;
using TaskAdmission.Core.Admission.Recognition;
using TaskAdmission.Core.Common;
using TaskAdmission.Core.Lists;
using TaskAdmission.Web.Localization;

namespace TaskAdmission.Web.Features.Recognition;

/// <summary>Names of rules, rule families and recogniser kinds in the request's culture.</summary>
public static class RecognitionText
{
    public static AppLanguage Language => AppLanguages.FromCulture(CultureInfo.CurrentUICulture);

    /// <summary>A rule's name ("负面清单事项"); the code stays beside it in a code element.</summary>
    public static string Rule(string rule) => PrecheckRuleNames.Name(rule, Language);

    /// <summary>A lexicon category: a rule family's rule name, or the synonym / village-actor kinds.</summary>
    public static string Family(string family, IStringLocalizer<RecognitionResource>? r = null) =>
        LexiconFamilies.Rules.Contains(family) ? Rule(family)
        : r is not null ? r[$"Family.{family}"] : family;

    /// <summary>The rule a match would raise: the item rules for items and certificates, the family for lexicon entries.</summary>
    public static string RuleOf(RecognitionHit hit) => hit.Entry.Target switch
    {
        RecogniserTarget.ProhibitedWork => PrecheckRules.ProhibitedItem,
        RecogniserTarget.ProhibitedCertificate => PrecheckRules.ProhibitedCertificate,
        RecogniserTarget.AllowedCertificate => PrecheckRules.CertificateAllowed,
        RecogniserTarget.RuleFamily => hit.Entry.Family ?? "",
        _ => PrecheckRules.CoveredByItem,
    };

    public static string Title(ListItem item) =>
        Language == AppLanguage.En && !string.IsNullOrEmpty(item.TitleEn) ? item.TitleEn : item.TitleZh;
}
