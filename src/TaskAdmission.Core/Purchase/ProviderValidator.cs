using TaskAdmission.Core.Organisation;

namespace TaskAdmission.Core.Purchase;

/// <summary>
/// Checks a provider entry (the editor and each import row): a social organisation or company with a valid GB 32100
/// credit code, its authority, contact and service areas (existing org units); a blacklist flag needs its reason.
/// Village committees are not entered: they come from the org tree.
/// </summary>
public static class ProviderValidator
{
    public static List<PurchaseProblem> Validate(ProviderInput p, Func<string, OrgUnitKind?> kindOf)
    {
        var problems = new List<PurchaseProblem>();
        if (p.Kind is not (ProviderKind.SocialOrganisation or ProviderKind.Company))
        {
            problems.Add(new PurchaseProblem("kind", PurchaseProblemCode.BadValue));
        }
        TextRules.Required(problems, "name", p.Name, Provider.NameMax);
        if (string.IsNullOrWhiteSpace(p.CreditCode))
        {
            problems.Add(new PurchaseProblem("creditCode", PurchaseProblemCode.Required));
        }
        else if (!CreditCode.IsValid(p.CreditCode))
        {
            problems.Add(new PurchaseProblem("creditCode", PurchaseProblemCode.BadCreditCode, p.CreditCode.Trim()));
        }
        TextRules.Required(problems, "registrationAuthority", p.RegistrationAuthority, Provider.AuthorityMax);
        TextRules.Required(problems, "contactName", p.ContactName, Provider.ContactMax);
        TextRules.Required(problems, "contactPhone", p.ContactPhone, Provider.ContactMax);
        var areas = p.ServiceAreaCodes.Select(c => c.Trim()).Where(c => c.Length > 0).Distinct().ToList();
        if (areas.Count == 0)
        {
            problems.Add(new PurchaseProblem("serviceAreaCodes", PurchaseProblemCode.Required));
        }
        else if (areas.Count > Provider.MaxServiceAreas)
        {
            problems.Add(new PurchaseProblem("serviceAreaCodes", PurchaseProblemCode.TooMany, Provider.MaxServiceAreas));
        }
        problems.AddRange(areas.Take(Provider.MaxServiceAreas).Where(a => kindOf(a) is null)
            .Select(a => new PurchaseProblem("serviceAreaCodes", PurchaseProblemCode.UnknownOrgUnit, a)));
        problems.AddRange(ValidateFlags(p));
        return problems;
    }

    /// <summary>What may change on a village committee (its name and area come from the org tree): status, blacklist, contact.</summary>
    public static List<PurchaseProblem> ValidateFlags(ProviderInput p)
    {
        var problems = new List<PurchaseProblem>();
        if (p.Status is not { } status || !Enum.IsDefined(status))
        {
            problems.Add(new PurchaseProblem("status", PurchaseProblemCode.BadValue));
        }
        if (p.Blacklisted && string.IsNullOrWhiteSpace(p.BlacklistReason))
        {
            problems.Add(new PurchaseProblem("blacklistReason", PurchaseProblemCode.BlacklistReasonRequired));
        }
        TextRules.Optional(problems, "blacklistReason", p.BlacklistReason, Provider.ReasonMax);
        TextRules.Optional(problems, "contactName", p.ContactName, Provider.ContactMax);
        TextRules.Optional(problems, "contactPhone", p.ContactPhone, Provider.ContactMax);
        return problems;
    }
}
