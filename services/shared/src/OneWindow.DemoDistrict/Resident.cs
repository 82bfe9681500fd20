using OneWindow.Common.Identity;

namespace OneWindow.DemoDistrict;

public sealed record Resident(
    Guid ResidentId,
    Guid HouseholdId,
    string Name,
    ResidentIdNumber IdNumber,
    string Phone,
    string HukouDistrict,
    int? DisabilityGrade,
    bool HeadOfHousehold);
