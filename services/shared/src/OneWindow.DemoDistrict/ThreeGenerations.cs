using OneWindow.Common.Identity;

namespace OneWindow.DemoDistrict;

/// <summary>
/// A household of three generations at Jiangpu, fixed rather than drawn, so bundling for every member can be shown and
/// tested by name: the son (户主, disability grade 2, a low-income family), his mother of 82 (the elderly allowance is
/// hers, on her own age) and his son of 26 (who comes to the window). Built apart from the seeded draws, so no other
/// household's ids change.
/// </summary>
public static class ThreeGenerations
{
    public static readonly Guid HouseholdId = new("7f3c2a10-5b1e-4c8d-9a20-000000000320");

    public static readonly Guid SonId = new("7f3c2a10-5b1e-4c8d-9a20-000000000321");

    public static readonly Guid GrandmotherId = new("7f3c2a10-5b1e-4c8d-9a20-000000000322");

    public static readonly Guid GrandsonId = new("7f3c2a10-5b1e-4c8d-9a20-000000000323");

    internal static Household Build(HashSet<string> usedIds)
    {
        Resident Member(Guid id, string name, DateOnly birth, int sex, int? disability, bool head) =>
            new(id, HouseholdId, name, IdNumber(birth, sex, usedIds), "13800138" + id.ToString()[^3..], DemoDistrictGenerator.YangpuRegion, disability, head);

        return new Household(
            HouseholdId,
            "jiangpu",
            "杨浦区江浦路320弄8号501室",
            "JP-G01",
            7_200m,
            [
                Member(SonId, "周建国", new DateOnly(1970, 5, 12), 1, 2, head: true),
                Member(GrandmotherId, "周桂英", new DateOnly(1944, 3, 8), 0, null, head: false),
                Member(GrandsonId, "周子涵", new DateOnly(2000, 9, 21), 1, null, head: false),
            ],
            ["low-income-family"]);
    }

    private static ResidentIdNumber IdNumber(DateOnly birth, int sex, HashSet<string> usedIds)
    {
        // The 17th digit is odd for men and even for women. The seeded draws never reach 990, so no one drawn later can
        // meet this number and be moved to another.
        for (var sequence = 990 + sex; ; sequence += 2)
        {
            var number = ResidentIdNumber.Compose(DemoDistrictGenerator.YangpuRegion, birth, sequence % 1000);
            if (usedIds.Add(number))
            {
                return ResidentIdNumber.Parse(number, TimeProvider.System);
            }
        }
    }
}
