using System.Text.RegularExpressions;

namespace OneWindow.DemoDistrict.Tests;

/// <summary>docs/demo-district.md is what trainers and eng/smoke.sh sign in with: it must name people as the generator makes them.</summary>
public sealed partial class DemoGuideTests
{
    private static readonly District District = DemoDistrictGenerator.District;
    private static readonly string Guide = File.ReadAllText(Path.Combine(RepositoryRoot(), "docs", "demo-district.md"));

    [Fact]
    public void Every_person_the_demo_guide_names_exists_with_that_name_and_those_roles()
    {
        var rows = StaffRow().Matches(Guide);

        Assert.NotEmpty(rows);
        foreach (Match row in rows)
        {
            var staff = District.AllStaff.SingleOrDefault(s => s.StaffId == row.Groups["id"].Value);
            Assert.True(staff is not null, $"{row.Groups["id"].Value} is not in the demo district");
            Assert.Equal(row.Groups["name"].Value, staff.Name);
            Assert.Equal(
                row.Groups["roles"].Value.Split(',', StringSplitOptions.TrimEntries).Order(StringComparer.Ordinal),
                staff.Roles.Order(StringComparer.Ordinal));
        }
    }

    [Fact]
    public void Every_household_the_demo_guide_shows_holds_both_benefits_with_that_head_and_id_number()
    {
        var rows = HouseholdRow().Matches(Guide);

        Assert.Equal(6, rows.Count);
        foreach (Match row in rows)
        {
            var household = District.Centre("jiangpu").Households.Single(h => h.HouseholdId.ToString() == row.Groups["household"].Value);
            Assert.Equal(["dibao", "public-rental-housing"], household.BenefitsHeld);
            Assert.Equal(household.Grid, row.Groups["grid"].Value);
            var head = household.Members.Single(m => m.HeadOfHousehold);
            Assert.Equal(head.ResidentId.ToString(), row.Groups["head"].Value);
            Assert.Equal(head.IdNumber.Value, row.Groups["number"].Value);
        }
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "OneWindow.slnx")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("The tests run outside the repository.");
    }

    [GeneratedRegex(@"^\| `(?<id>[a-z]+-[a-z0-9]+)` \| (?<name>[^|]+?) \| [^|]+ \| (?<roles>[a-z\-, ]+?)(?: \([^)]*\))? \|$", RegexOptions.Multiline)]
    private static partial Regex StaffRow();

    [GeneratedRegex(@"^\| `(?<household>[0-9a-f\-]{36})` \| (?<grid>[A-Z\-0-9]+) \| [^(|]+\(`(?<head>[0-9a-f\-]{36})`\) \| (?<number>[0-9X]{18}) \|", RegexOptions.Multiline)]
    private static partial Regex HouseholdRow();
}
