using OneWindow.Common.Identity;

namespace OneWindow.DemoDistrict;

/// <summary>The demo district: Yangpu (杨浦区, demo) with three street centres.</summary>
public sealed record District(string Code, string Name, IReadOnlyList<Centre> Centres, IReadOnlyList<StaffMember> DistrictStaff)
{
    public IEnumerable<StaffMember> AllStaff => DistrictStaff.Concat(Centres.SelectMany(c => c.Staff));

    public Centre Centre(string code) => Centres.Single(c => c.Code == code);
}

/// <summary>A street centre (the tenant) with its staff and the households it serves.</summary>
public sealed record Centre(
    string Code,
    string Name,
    string Address,
    IReadOnlyList<DemoWindow> Windows,
    IReadOnlyList<StaffMember> Staff,
    IReadOnlyList<Household> Households)
{
    public IEnumerable<Resident> Residents => Households.SelectMany(h => h.Members);
}

public enum DemoWindowType
{
    PolicyConsultation,
    Comprehensive,
    Payment,
}

public sealed record DemoWindow(string Number, DemoWindowType Type);

public enum DemoDepartment
{
    FrontWindows,
    FirstReview,
    PolicyAndLaw,
    SocialWork,
    Grid,
    CentreManagement,
    District,
}

/// <summary>
/// One member of staff. <see cref="StaffId"/> is the token subject, so a demo user signs in as
/// <c>jiangpu-s001</c> with the roles listed here.
/// </summary>
public sealed record StaffMember(
    string StaffId,
    string? CentreCode,
    string Name,
    DemoDepartment Department,
    IReadOnlyList<string> Roles,
    bool CommunityWorker,
    string? Grid,
    ResidentIdNumber IdNumber,
    string BankAccount,
    DateOnly HiredOn);

public sealed record Household(
    Guid HouseholdId,
    string CentreCode,
    string Address,
    string Grid,
    decimal MonthlyIncome,
    IReadOnlyList<Resident> Members,
    IReadOnlyList<string> BenefitsHeld)
{
    public decimal PerCapitaMonthlyIncome => Math.Round(MonthlyIncome / Members.Count, 2, MidpointRounding.ToEven);
}

public sealed record Resident(
    Guid ResidentId,
    Guid HouseholdId,
    string Name,
    ResidentIdNumber IdNumber,
    string Phone,
    string HukouDistrict,
    int? DisabilityGrade,
    bool HeadOfHousehold);
