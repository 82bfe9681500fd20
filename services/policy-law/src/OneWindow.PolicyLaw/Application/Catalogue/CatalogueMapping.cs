using System.Globalization;
using OneWindow.Common.Errors;
using OneWindow.PolicyLaw.Domain.Catalogue;
using OneWindow.PolicyLaw.V1;
using DomainKind = OneWindow.Common.Vocabulary.ItemKind;
using DomainMaterial = OneWindow.PolicyLaw.Domain.Catalogue.RequiredMaterial;
using DomainScope = OneWindow.Common.Vocabulary.ItemScope;
using DomainWindow = OneWindow.Common.Vocabulary.WindowType;

namespace OneWindow.PolicyLaw.Application.Catalogue;

/// <summary>Between the contract's messages and the domain; the one place that knows both.</summary>
public static class CatalogueMapping
{
    public const string DateFormat = "yyyy-MM-dd";

    public static DomainKind ToDomain(this ItemKind kind) => kind switch
    {
        ItemKind.Instant => DomainKind.Instant,
        ItemKind.Routed => DomainKind.Routed,
        ItemKind.Joint => DomainKind.Joint,
        _ => throw new DomainException(DomainErrorKind.Invalid, "invalid-kind", "kind must be instant, routed or joint.", "kind"),
    };

    public static DomainWindow ToDomain(this WindowType window) => window switch
    {
        WindowType.PolicyConsultation => DomainWindow.PolicyConsultation,
        WindowType.Comprehensive => DomainWindow.Comprehensive,
        WindowType.Payment => DomainWindow.Payment,
        _ => throw new DomainException(DomainErrorKind.Invalid, "invalid-window-type", "windowType must be policy consultation, comprehensive or payment.", "windowType"),
    };

    public static DomainScope ToDomain(this ItemScope scope) => scope switch
    {
        ItemScope.Person => DomainScope.Person,
        ItemScope.Household => DomainScope.Household,
        _ => throw new DomainException(DomainErrorKind.Invalid, "invalid-scope", "scope must be person or household.", "scope"),
    };

    public static ItemKind ToContract(this DomainKind kind) => kind switch
    {
        DomainKind.Instant => ItemKind.Instant,
        DomainKind.Routed => ItemKind.Routed,
        _ => ItemKind.Joint,
    };

    public static WindowType ToContract(this DomainWindow window) => window switch
    {
        DomainWindow.PolicyConsultation => WindowType.PolicyConsultation,
        DomainWindow.Comprehensive => WindowType.Comprehensive,
        _ => WindowType.Payment,
    };

    public static ItemScope ToContract(this DomainScope scope) => scope == DomainScope.Person ? ItemScope.Person : ItemScope.Household;

    public static DateOnly ParseDate(string text, string field) =>
        DateOnly.TryParseExact(text, DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new DomainException(DomainErrorKind.Invalid, "invalid-date", $"{field} must be a date as yyyy-MM-dd.", field);

    public static string Format(DateOnly date) => date.ToString(DateFormat, CultureInfo.InvariantCulture);

    public static ServiceItemTerms ToDomain(this ItemTerms terms) => new()
    {
        TimeLimitWorkingDays = terms.TimeLimitWorkingDays,
        TimeLimited = terms.TimeLimited,
        SupervisorStaffId = terms.SupervisorStaffId,
        LegalBasis = terms.LegalBasis,
        FlowSteps = [.. terms.FlowSteps],
        RecurrenceMonths = terms.RecurrenceMonths,
        ReviewNoticeDays = terms.ReviewNoticeDays,
        ReviewGraceDays = terms.ReviewGraceDays,
        Materials = [.. terms.Materials.Select(m => new DomainMaterial(m.Code, m.Name, m.Original, m.Count, m.Condition))],
        EligibilityRule = terms.EligibilityRule,
        MonthlyAmountRule = terms.MonthlyAmountRule,
        DirectorConfirmAbove = terms.DirectorConfirmAbove is null ? null : ParseYuan(terms.DirectorConfirmAbove, "directorConfirmAbove"),
        NeedsApproval = terms.NeedsApproval ?? true,
    };

    /// <summary>An amount in CNY as the contract writes it ("1000.00").</summary>
    public static decimal ParseYuan(string text, string field) =>
        decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var amount) && decimal.Round(amount, 2) == amount && amount > 0
            ? amount
            : throw new DomainException(DomainErrorKind.Invalid, "invalid-amount", $"{field} is a positive amount in yuan with at most two decimals, e.g. \"1000.00\".", field);

    public static string FormatYuan(decimal amount) => amount.ToString("0.00", CultureInfo.InvariantCulture);

    public static ItemTerms ToContract(this ServiceItemTerms terms)
    {
        var contract = new ItemTerms
        {
            TimeLimitWorkingDays = terms.TimeLimitWorkingDays,
            TimeLimited = terms.TimeLimited,
            SupervisorStaffId = terms.SupervisorStaffId,
            LegalBasis = terms.LegalBasis,
            RecurrenceMonths = terms.RecurrenceMonths,
            ReviewNoticeDays = terms.ReviewNoticeDays,
            ReviewGraceDays = terms.ReviewGraceDays,
            EligibilityRule = terms.EligibilityRule,
            MonthlyAmountRule = terms.MonthlyAmountRule,
            DirectorConfirmAbove = terms.DirectorConfirmAbove is { } limit ? FormatYuan(limit) : null,
            NeedsApproval = terms.NeedsApproval,
        };
        contract.FlowSteps.AddRange(terms.FlowSteps);
        contract.Materials.AddRange(terms.Materials.Select(ToContract));
        return contract;
    }

    public static V1.RequiredMaterial ToContract(this DomainMaterial material) => new()
    {
        Code = material.Code,
        Name = material.Name,
        Original = material.Original,
        Count = material.Count,
        Condition = material.Condition,
    };

    public static V1.ServiceItem ToContract(this Domain.Catalogue.ServiceItem item, ServiceItemVersion version, Domain.Catalogue.CentreItemSetting? setting)
    {
        var contract = new V1.ServiceItem
        {
            Code = item.Code,
            Name = item.Name,
            NameEn = item.NameEn,
            Category = item.Category,
            Kind = item.Kind.ToContract(),
            WindowType = item.WindowType.ToContract(),
            Scope = item.Scope.ToContract(),
            Version = version.Version,
            EffectiveFrom = Format(version.EffectiveFrom),
            Terms = version.Terms.ToContract(),
            Enabled = setting?.Enabled ?? true,
            LocalNote = setting?.LocalNote,
            CentreSupervisorStaffId = setting?.SupervisorStaffId,
        };
        contract.Versions.AddRange(item.Versions.OrderByDescending(v => v.Version).Select(v => new VersionSummary
        {
            Version = v.Version,
            EffectiveFrom = Format(v.EffectiveFrom),
            PublishedBy = v.PublishedBy,
        }));
        return contract;
    }

    // The path residents reach through the gateway, which routes /api/policy-law/v1/guides/ without a token.
    private const string PrintPath = "/api/policy-law/v1/guides";

    public static ServiceGuide ToGuide(this Domain.Catalogue.ServiceItem item, ServiceItemVersion version)
    {
        var guide = new ServiceGuide
        {
            Code = item.Code,
            Name = item.Name,
            Category = item.Category,
            Kind = KindName(item.Kind),
            WindowType = WindowName(item.WindowType),
            Version = version.Version,
            EffectiveFrom = Format(version.EffectiveFrom),
            TimeLimitWorkingDays = version.Terms.TimeLimitWorkingDays,
            TimeLimited = version.Terms.TimeLimited,
            LegalBasis = version.Terms.LegalBasis,
            PrintableUrl = $"{PrintPath}/{item.Code}/print",
        };
        guide.FlowSteps.AddRange(version.Terms.FlowSteps);
        guide.Materials.AddRange(version.Terms.Materials.Select(ToContract));
        return guide;
    }

    /// <summary>
    /// The guide as a centre shows it: its note, whether it takes the item, and the printable link naming the centre.
    /// A copy: the district guide it came from stays as the cache holds it.
    /// </summary>
    public static ServiceGuide AsShownBy(this ServiceGuide districtGuide, string centre, Domain.Catalogue.CentreItemSetting? setting)
    {
        var guide = districtGuide.Clone();
        guide.Centre = centre;
        guide.NotOffered = setting is { Enabled: false };
        guide.LocalNote = setting?.LocalNote;
        guide.PrintableUrl = $"{PrintPath}/{guide.Code}/print?centre={centre}";
        return guide;
    }

    public static string KindName(DomainKind kind) => kind switch
    {
        DomainKind.Instant => "即办件",
        DomainKind.Routed => "内部流转件",
        _ => "外部会同办件",
    };

    public static string WindowName(DomainWindow window) => window switch
    {
        DomainWindow.PolicyConsultation => "政策咨询窗口",
        DomainWindow.Comprehensive => "综合服务窗口",
        _ => "缴费窗口",
    };
}
