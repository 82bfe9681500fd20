using OneWindow.Common.Identity;

namespace OneWindow.DemoDistrict;

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
