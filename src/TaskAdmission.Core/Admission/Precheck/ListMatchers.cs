using System.Runtime.CompilerServices;
using TaskAdmission.Core.Admission.Matching;
using TaskAdmission.Core.Lists;
using TaskAdmission.Core.Lists.InForce;

namespace TaskAdmission.Core.Admission.Precheck;

/// <summary>Text matchers over one merged list, built once per list version (the merged list is itself cached).</summary>
internal sealed class ListMatchers
{
    private static readonly ConditionalWeakTable<MergedList, ListMatchers> Cache = new();

    private ListMatchers(MergedList list)
    {
        Admissible = Build(list, k => k is ListKind.Autonomy or ListKind.Assist or ListKind.CertificateAllowed or ListKind.Signboard);
        Prohibited = Build(list, k => k == ListKind.Prohibited);
        Certificates = Build(list, k => k is ListKind.CertificateAllowed or ListKind.CertificateProhibited);
    }

    public TextMatcher<EffectiveItem> Admissible { get; }
    public TextMatcher<EffectiveItem> Prohibited { get; }
    public TextMatcher<EffectiveItem> Certificates { get; }

    public static ListMatchers For(MergedList list) => Cache.GetValue(list, l => new ListMatchers(l));

    private static TextMatcher<EffectiveItem> Build(MergedList list, Func<ListKind, bool> kinds) =>
        new(list.Items.Where(i => kinds(i.Kind)).Select(i => (i, i.Item.TitleZh)));
}
