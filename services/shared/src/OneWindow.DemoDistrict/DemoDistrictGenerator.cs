using OneWindow.Common.Identity;

namespace OneWindow.DemoDistrict;

/// <summary>
/// Builds the demo district from one fixed seed. Everything is derived in a fixed order from that
/// seed, so every service (and every run) sees the same ids, names and numbers. Names, addresses and
/// ID numbers are fictional; the ID numbers carry valid GB 11643 check digits.
/// </summary>
public static class DemoDistrictGenerator
{
    public const int Seed = 20_161_123;

    /// <summary>Yangpu district's administrative division code (the first six digits of local ID numbers).</summary>
    public const string YangpuRegion = "310110";

    private static readonly Lazy<District> Instance = new(Build);

    private static readonly string[] Surnames =
        ["王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭", "何", "林", "高", "罗", "郑", "梁", "谢", "宋", "唐", "许", "韩", "冯", "邓", "曹", "彭", "曾", "萧", "田", "董", "潘", "袁", "蔡", "蒋", "余", "于", "杜", "叶", "程", "魏", "苏", "吕", "丁", "任", "沈", "姚", "卢", "钟", "姜", "崔", "谭", "陆", "范", "汪", "欧阳"];

    private static readonly string[] GivenNameCharacters =
        ["伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明", "超", "秀", "霞", "平", "刚", "桂", "英", "华", "建", "国", "文", "玉", "兰", "红", "志", "海", "荣", "宁", "晨", "佳", "怡", "欣", "浩", "宇", "子", "涵", "梓", "萱", "思", "雨", "嘉", "俊", "慧", "琳"];

    private static readonly string[] OtherDistricts = ["310101", "310104", "310105", "310106", "310107", "310109", "310112", "310115", "320102", "340102"];

    /// <summary>The demo district (built once per process).</summary>
    public static District District => Instance.Value;

    /// <summary>Builds the district afresh; every call gives the same district.</summary>
    public static District Build()
    {
        var random = new Random(Seed);
        var usedIds = new HashSet<string>(StringComparer.Ordinal);
        var centres = new[]
        {
            // Modelled on the articles: 53 staff, 40 of them community workers, every window comprehensive.
            BuildCentre(random, "jiangpu", "江浦路街道社区事务受理服务中心", "杨浦区江浦路1515号", "021-65430001", "JP", staffPlan: JiangpuStaff, households: 1_200, windows: 12, usedIds),
            BuildCentre(random, "dinghai", "定海路街道社区事务受理服务中心", "杨浦区定海路449弄", "021-65430002", "DH", staffPlan: SmallCentreStaff, households: 800, windows: 8, usedIds),
            BuildCentre(random, "pingliang", "平凉路街道社区事务受理服务中心", "杨浦区平凉路1398号", "021-65430003", "PL", staffPlan: SmallCentreStaff, households: 800, windows: 8, usedIds),
        };
        var districtStaff = new[]
        {
            NewStaff(random, "yangpu-admin", null, DemoDepartment.District, ["district-admin"], communityWorker: false, grid: null, usedIds),
            NewStaff(random, "yangpu-hr", null, DemoDepartment.District, ["hr-admin"], communityWorker: false, grid: null, usedIds),
        };
        return new District("yangpu", "杨浦区（演示）", centres, districtStaff);
    }

    /// <summary>The demo centres keep the same daily hours (China time).</summary>
    private const string OpeningHours = "08:30-17:00";

    /// <summary>Department, roles and head count; 53 in all, 40 community workers (everyone but management and policy-law).</summary>
    private static readonly (DemoDepartment Department, string[] Roles, int Count, bool CommunityWorker)[] JiangpuStaff =
    [
        (DemoDepartment.CentreManagement, ["director"], 1, false),
        (DemoDepartment.CentreManagement, ["hr-admin"], 1, false),
        (DemoDepartment.FrontWindows, ["head", "clerk"], 1, false),
        (DemoDepartment.FrontWindows, ["clerk"], 15, true),
        (DemoDepartment.FirstReview, ["head", "reviewer"], 1, false),
        (DemoDepartment.FirstReview, ["reviewer", "supervisor"], 2, true),
        (DemoDepartment.FirstReview, ["reviewer"], 8, true),
        (DemoDepartment.PolicyAndLaw, ["head", "policy-officer"], 1, false),
        (DemoDepartment.PolicyAndLaw, ["policy-officer"], 4, false),
        (DemoDepartment.SocialWork, ["head", "social-worker"], 1, false),
        (DemoDepartment.SocialWork, ["social-worker"], 5, true),
        (DemoDepartment.Grid, ["head", "grid-manager"], 1, false),
        (DemoDepartment.Grid, ["grid-manager"], 10, true),
        (DemoDepartment.FrontWindows, ["device"], 2, false),
    ];

    private static readonly (DemoDepartment Department, string[] Roles, int Count, bool CommunityWorker)[] SmallCentreStaff =
    [
        (DemoDepartment.CentreManagement, ["director"], 1, false),
        (DemoDepartment.CentreManagement, ["hr-admin"], 1, false),
        (DemoDepartment.FrontWindows, ["head", "clerk"], 1, false),
        (DemoDepartment.FrontWindows, ["clerk"], 8, true),
        (DemoDepartment.FirstReview, ["head", "reviewer"], 1, false),
        (DemoDepartment.FirstReview, ["reviewer", "supervisor"], 1, true),
        (DemoDepartment.FirstReview, ["reviewer"], 5, true),
        (DemoDepartment.PolicyAndLaw, ["head", "policy-officer"], 1, false),
        (DemoDepartment.PolicyAndLaw, ["policy-officer"], 2, false),
        (DemoDepartment.SocialWork, ["head", "social-worker"], 1, false),
        (DemoDepartment.SocialWork, ["social-worker"], 3, true),
        (DemoDepartment.Grid, ["head", "grid-manager"], 1, false),
        (DemoDepartment.Grid, ["grid-manager"], 6, true),
        (DemoDepartment.FrontWindows, ["device"], 1, false),
    ];

    private static Centre BuildCentre(
        Random random,
        string code,
        string name,
        string address,
        string phone,
        string prefix,
        (DemoDepartment Department, string[] Roles, int Count, bool CommunityWorker)[] staffPlan,
        int households,
        int windows,
        HashSet<string> usedIds)
    {
        var grids = Enumerable.Range(1, staffPlan.Where(p => p.Roles.Contains("grid-manager") && !p.Roles.Contains("head")).Sum(p => p.Count))
            .Select(n => $"{prefix}-G{n:00}")
            .ToArray();
        var staff = new List<StaffMember>();
        var gridIndex = 0;
        foreach (var (department, roles, count, communityWorker) in staffPlan)
        {
            for (var i = 0; i < count; i++)
            {
                var grid = roles is ["grid-manager"] ? grids[gridIndex++] : null;
                staff.Add(NewStaff(random, $"{code}-s{staff.Count + 1:000}", code, department, roles, communityWorker, grid, usedIds));
            }
        }

        // Every window is comprehensive (一口受理); one of them also serves policy consultation and one takes payments.
        var windowList = Enumerable.Range(1, windows)
            .Select(n => new DemoWindow($"{n:00}", n switch
            {
                1 => DemoWindowType.PolicyConsultation,
                _ when n == windows => DemoWindowType.Payment,
                _ => DemoWindowType.Comprehensive,
            }))
            .ToArray();
        var road = name[..name.IndexOf('街', StringComparison.Ordinal)];
        var householdList = Enumerable.Range(1, households)
            .Select(n => NewHousehold(random, code, road, grids[n % grids.Length], BenefitsHeldAt(n - 1), usedIds))
            .Concat(code == "jiangpu" ? [ThreeGenerations.Build(usedIds)] : [])
            .ToArray();
        return new Centre(code, name, address, phone, OpeningHours, windowList, grids, staff, householdList);
    }

    private static StaffMember NewStaff(
        Random random, string staffId, string? centre, DemoDepartment department, string[] roles, bool communityWorker, string? grid, HashSet<string> usedIds)
    {
        var sex = random.Next(2);
        var birth = new DateOnly(1968, 1, 1).AddDays(random.Next(365 * 30));
        return new StaffMember(
            staffId,
            centre,
            NewName(random),
            department,
            roles,
            communityWorker,
            grid,
            NewIdNumber(random, YangpuRegion, birth, sex, usedIds),
            $"6222{random.NextInt64(100_000_000_000, 999_999_999_999):D12}",
            new DateOnly(2008, 3, 1).AddDays(random.Next(365 * 17)));
    }

    /// <summary>
    /// Every fifth household of a centre holds the minimum living allowance and every tenth also public
    /// rental housing, so every centre always has annual reviews to show and families for social work.
    /// </summary>
    private static string[] BenefitsHeldAt(int position) => position % 5 != 0 ? [] : position % 10 == 0 ? ["dibao", "public-rental-housing"] : ["dibao"];

    private static Household NewHousehold(Random random, string centre, string road, string grid, string[] benefitsHeld, HashSet<string> usedIds)
    {
        var householdId = NewGuid(random);
        var size = random.Next(100) switch
        {
            < 22 => 1,
            < 55 => 2,
            < 82 => 3,
            < 95 => 4,
            _ => 5,
        };
        var surname = Surnames[random.Next(Surnames.Length)];
        var hukou = random.Next(100) < 80 ? YangpuRegion : OtherDistricts[random.Next(OtherDistricts.Length)];
        var members = new List<Resident>(size);
        for (var i = 0; i < size; i++)
        {
            var head = i == 0;
            var birth = head
                ? new DateOnly(1940, 1, 1).AddDays(random.Next(365 * 60))
                : new DateOnly(1950, 1, 1).AddDays(random.Next(365 * 74));
            var name = head || random.Next(3) > 0 ? surname + NewGivenName(random) : NewName(random);
            members.Add(new Resident(
                NewGuid(random),
                householdId,
                name,
                NewIdNumber(random, hukou, birth, random.Next(2), usedIds),
                $"1{random.Next(3, 10)}{random.Next(0, 10)}{random.Next(10_000_000, 100_000_000):D8}",
                hukou,
                random.Next(100) < 4 ? random.Next(1, 5) : null,
                head));
        }

        // Income skewed low enough that some households fall under the dibao line (per capita ≈ 1 510 CNY in Shanghai).
        var perCapita = random.Next(100) < 12 ? random.Next(300, 1_500) : random.Next(1_500, 12_000);
        if (benefitsHeld.Contains("dibao"))
        {
            // A household on dibao lives under the line; folding the draw keeps every later draw, and so every id, as it was.
            perCapita = 300 + (perCapita % 1_200);
        }

        var address = $"杨浦区{road}{random.Next(1, 900)}弄{random.Next(1, 60)}号{random.Next(1, 7)}0{random.Next(1, 5)}室";
        return new Household(householdId, centre, address, grid, perCapita * size, members, benefitsHeld);
    }

    private static ResidentIdNumber NewIdNumber(Random random, string region, DateOnly birth, int sex, HashSet<string> usedIds)
    {
        while (true)
        {
            // The 17th digit is odd for men and even for women.
            var sequence = random.Next(0, 50) * 20 + random.Next(0, 5) * 2 + sex;
            var number = ResidentIdNumber.Compose(region, birth, sequence % 1000);
            if (usedIds.Add(number))
            {
                return ResidentIdNumber.Parse(number, TimeProvider.System);
            }

            birth = birth.AddDays(1);
        }
    }

    private static string NewName(Random random) => Surnames[random.Next(Surnames.Length)] + NewGivenName(random);

    private static string NewGivenName(Random random) =>
        random.Next(4) == 0
            ? GivenNameCharacters[random.Next(GivenNameCharacters.Length)]
            : GivenNameCharacters[random.Next(GivenNameCharacters.Length)] + GivenNameCharacters[random.Next(GivenNameCharacters.Length)];

    /// <summary>A random-looking (version 4 shaped) Guid drawn from the seeded generator.</summary>
    private static Guid NewGuid(Random random)
    {
        Span<byte> bytes = stackalloc byte[16];
        random.NextBytes(bytes);
        bytes[7] = (byte)((bytes[7] & 0x0F) | 0x40);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes);
    }
}
