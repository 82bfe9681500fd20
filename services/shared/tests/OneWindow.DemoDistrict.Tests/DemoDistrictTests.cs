using OneWindow.Common.Identity;

namespace OneWindow.DemoDistrict.Tests;

public sealed class DemoDistrictTests
{
    private static readonly District District = DemoDistrictGenerator.District;

    [Fact]
    public void Every_build_gives_the_same_ids_so_services_agree()
    {
        var again = DemoDistrictGenerator.Build();

        Assert.Equal(
            District.Centres.SelectMany(c => c.Households).Select(h => (h.HouseholdId, h.Members[0].ResidentId, h.Members[0].IdNumber.Value)),
            again.Centres.SelectMany(c => c.Households).Select(h => (h.HouseholdId, h.Members[0].ResidentId, h.Members[0].IdNumber.Value)));
        Assert.Equal(District.AllStaff.Select(s => (s.StaffId, s.Name)), again.AllStaff.Select(s => (s.StaffId, s.Name)));
    }

    [Fact]
    public void Jiangpu_road_has_53_staff_of_whom_40_are_community_workers_as_in_the_articles()
    {
        var jiangpu = District.Centre("jiangpu");

        Assert.Equal(53, jiangpu.Staff.Count);
        Assert.Equal(40, jiangpu.Staff.Count(s => s.CommunityWorker));
    }

    [Fact]
    public void Yangpu_has_three_street_centres_and_a_few_thousand_households()
    {
        Assert.Equal(["jiangpu", "dinghai", "pingliang"], District.Centres.Select(c => c.Code));
        Assert.InRange(District.Centres.Sum(c => c.Households.Count), 2_000, 5_000);
    }

    [Fact]
    public void Every_resident_and_staff_id_number_is_valid_and_unique()
    {
        var numbers = District.Centres.SelectMany(c => c.Residents).Select(r => r.IdNumber.Value)
            .Concat(District.AllStaff.Select(s => s.IdNumber.Value))
            .ToList();

        Assert.All(numbers, n => Assert.True(ResidentIdNumber.TryParse(n, TimeProvider.System, out _, out var reason), reason));
        Assert.Equal(numbers.Count, numbers.Distinct().Count());
    }

    [Fact]
    public void Every_centre_has_each_department_and_role_the_flow_needs()
    {
        string[] needed = ["director", "clerk", "reviewer", "supervisor", "policy-officer", "social-worker", "grid-manager", "head", "hr-admin"];

        Assert.All(District.Centres, centre =>
            Assert.All(needed, role => Assert.Contains(centre.Staff, s => s.Roles.Contains(role))));
    }

    [Fact]
    public void Every_grid_has_its_grid_manager_and_every_household_a_grid()
    {
        Assert.All(District.Centres, centre =>
        {
            var grids = centre.Staff.Where(s => s.Grid is not null).Select(s => s.Grid).ToHashSet();
            Assert.All(centre.Households, h => Assert.Contains(h.Grid, grids));
        });
    }

    [Fact]
    public void Some_households_fall_under_the_minimum_living_allowance_line()
    {
        var poor = District.Centres.SelectMany(c => c.Households).Count(h => h.PerCapitaMonthlyIncome < 1_510m);

        Assert.InRange(poor, 100, 1_200);
    }

    [Fact]
    public void Every_household_on_the_minimum_living_allowance_lives_under_its_line_and_a_tenth_also_rents_public_housing()
    {
        var households = District.Centres.SelectMany(c => c.Households).ToList();
        var onDibao = households.Where(h => h.BenefitsHeld.Contains("dibao")).ToList();

        Assert.All(onDibao, h => Assert.True(h.PerCapitaMonthlyIncome < 1_510m, $"{h.HouseholdId}: {h.PerCapitaMonthlyIncome}"));
        Assert.Equal(households.Count / 5, onDibao.Count);
        Assert.Equal(households.Count / 10, households.Count(h => h.BenefitsHeld.Contains("public-rental-housing")));
        Assert.All(households.Where(h => h.BenefitsHeld.Contains("public-rental-housing")), h => Assert.Contains("dibao", h.BenefitsHeld));
    }
}
