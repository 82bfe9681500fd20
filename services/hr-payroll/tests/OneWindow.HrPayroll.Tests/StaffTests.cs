using System.Net;
using System.Net.Http.Json;
using Npgsql;
using OneWindow.Common.Identity;
using OneWindow.DemoDistrict;
using OneWindow.Tenancy;

namespace OneWindow.HrPayroll.Tests;

public sealed class StaffTests(HrPayrollFactory hr) : IClassFixture<HrPayrollFactory>
{
    [Fact]
    public async Task The_demo_centre_has_its_staff_with_personal_data_masked()
    {
        var staff = (await hr.HrAdminOf("jiangpu").GetAsync("/v1/staff").OkAsync()).GetProperty("staff").EnumerateArray().ToList();
        var demo = DemoDistrictGenerator.District.Centre("jiangpu").Staff.First(s => s.StaffId == "jiangpu-s004");
        var clerk = staff.Single(s => s.GetProperty("staffId").GetString() == "jiangpu-s004");

        Assert.True(staff.Count >= 51);
        Assert.DoesNotContain(staff, s => s.GetProperty("roles").EnumerateArray().Any(r => r.GetString() == "device"));
        Assert.Equal(demo.Name, clerk.GetProperty("name").GetString());
        Assert.Equal(demo.IdNumber.Value[..3] + new string('*', 11) + demo.IdNumber.Value[^4..], clerk.GetProperty("idNumber").GetString());
        Assert.DoesNotContain(demo.BankAccount, clerk.GetProperty("bankAccount").GetString()!, StringComparison.Ordinal);
        Assert.EndsWith(demo.BankAccount[^4..], clerk.GetProperty("bankAccount").GetString()!, StringComparison.Ordinal);
        Assert.Equal(3, clerk.GetProperty("tier").GetInt32());
    }

    [Fact]
    public async Task ID_numbers_and_bank_accounts_are_stored_encrypted()
    {
        await using var connection = await hr.OpenAppConnectionAsync("jiangpu");
        await using var command = new NpgsqlCommand("SELECT id_number_protected, bank_account_protected FROM staff WHERE staff_id = 'jiangpu-s004'", connection);
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());
        var demo = DemoDistrictGenerator.District.Centre("jiangpu").Staff.First(s => s.StaffId == "jiangpu-s004");

        Assert.StartsWith("pd1.", reader.GetString(0), StringComparison.Ordinal);
        Assert.DoesNotContain(demo.IdNumber.Value, reader.GetString(0), StringComparison.Ordinal);
        Assert.StartsWith("pd1.", reader.GetString(1), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_hr_admin_token_without_a_centre_or_the_district_claim_is_refused_rather_than_read_as_the_district()
    {
        var centreless = hr.ClientWithClaims(new Dictionary<string, object>
        {
            [PlatformClaims.Subject] = "jiangpu-s002",
            [PlatformClaims.Role] = new[] { "hr-admin" },
        });

        var list = await centreless.GetAsync("/v1/staff");
        var one = await centreless.GetAsync("/v1/staff/jiangpu-s004");
        var publish = await centreless.PostAsJsonAsync("/v1/pay-scale/versions", new { effectiveFrom = "2099-01-01", termsJson = "{}" });
        var byDistrict = (await hr.DistrictHr().GetAsync("/v1/staff").OkAsync()).GetProperty("staff").EnumerateArray()
            .Select(s => s.GetProperty("staffId").GetString()!).ToList();

        foreach (var refused in new[] { list, one, publish })
        {
            Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
            var body = await refused.Content.ReadAsStringAsync();
            Assert.Contains("\"tenant\"", body, StringComparison.Ordinal);
            Assert.DoesNotContain("\"idNumber\"", body, StringComparison.Ordinal);
        }

        Assert.Contains("jiangpu-s004", byDistrict);
        Assert.Contains("dinghai-s004", byDistrict);
    }

    [Theory]
    [InlineData("6222000011112222\n", "bankAccount")]
    [InlineData("６２２２００００１１１１２２２２", "bankAccount")]
    [InlineData("jiangpu-t902\n", "staffId")]
    public async Task A_bank_account_or_staff_id_with_a_trailing_newline_or_full_width_digits_is_refused_naming_the_field(string value, string field)
    {
        var hire = NewHire("jiangpu-t902", ResidentIdNumber.Compose("110101", new DateOnly(1990, 3, 7), 902));
        var request = field == "bankAccount" ? hire with { bankAccount = value } : hire with { staffId = value };

        var response = await hr.HrAdminOf("jiangpu").PostAsJsonAsync("/v1/staff", request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(field, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await hr.HrAdminOf("jiangpu").GetAsync("/v1/staff/jiangpu-t902")).StatusCode);
    }

    [Theory]
    [InlineData("jiangpu")]
    [InlineData("dinghai")]
    [InlineData("pingliang")]
    public async Task Every_routed_and_joint_item_has_an_A_and_a_B_at_every_centre(string centre)
    {
        var staff = (await hr.HrAdminOf(centre).GetAsync("/v1/staff?department=DEPARTMENT_FIRST_REVIEW").OkAsync()).GetProperty("staff").EnumerateArray().ToList();
        List<string> Holders(string item, string list) =>
            [.. staff.Where(s => s.GetProperty(list).EnumerateArray().Any(i => i.GetString() == item)).Select(s => s.GetProperty("staffId").GetString()!)];

        foreach (var item in DemoCatalogue.Items.Where(i => i.Kind is "routed" or "joint"))
        {
            var a = Assert.Single(Holders(item.Code, "itemsAsA"));
            var b = Assert.Single(Holders(item.Code, "itemsAsB"));
            Assert.NotEqual(a, b);
        }

        Assert.All(staff, s => Assert.InRange(s.GetProperty("itemsKnown").GetArrayLength(), 4, 30));
    }

    [Fact]
    public async Task Seeding_twice_changes_nothing()
    {
        var before = await hr.QueryAsync(null, db => Task.FromResult(db.Staff.Count()));

        await hr.SeedAsync();

        Assert.Equal(before, await hr.QueryAsync(null, db => Task.FromResult(db.Staff.Count())));
        Assert.Equal(1, await hr.QueryAsync(null, db => Task.FromResult(db.PayScales.Count())));
    }

    [Fact]
    public async Task Hiring_a_worker_publishes_staff_hired_and_skills_changed_without_personal_data()
    {
        var hired = await hr.HrAdminOf("pingliang").PostAsJsonAsync("/v1/staff", NewHire("pingliang-t100", "110101199003074514")).OkAsync();

        Assert.Equal("110***********4514", hired.GetProperty("idNumber").GetString());
        var events = await hr.OutboxAsync("pingliang");
        var staffHired = Assert.Single(events, e => e.Topic == "staff-hired" && e.CloudEvent.Contains("pingliang-t100", StringComparison.Ordinal));
        Assert.Contains(events, e => e.Topic == "skills-changed" && e.CloudEvent.Contains("pingliang-t100", StringComparison.Ordinal));
        Assert.DoesNotContain("110101199003074514", staffHired.CloudEvent, StringComparison.Ordinal);
        Assert.DoesNotContain("6222000011112222", staffHired.CloudEvent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Setting_skills_publishes_the_new_matrix_row()
    {
        // A centre of its own: a demo reviewer given dibao as A would make two A holders at a demo centre.
        const string centre = "skilltest";
        var client = await HireReviewerAsync(centre, "skilltest-r1");

        var member = await client.PutAsJsonAsync("/v1/staff/skilltest-r1/skills", new { itemsAsA = new[] { "dibao", "public-rental-review" }, itemsAsB = new[] { "elderly-allowance" }, itemsKnown = new[] { "pension-certification" } }).OkAsync();

        Assert.Equal(4, member.GetProperty("itemsKnown").GetArrayLength());
        Assert.Contains(await hr.OutboxAsync(centre), e => e.Topic == "skills-changed" && e.CloudEvent.Contains("skilltest-r1", StringComparison.Ordinal) && e.CloudEvent.Contains("elderly-allowance", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_item_held_both_as_A_and_as_B_is_refused()
    {
        var client = await HireReviewerAsync("bothtest", "bothtest-r1");

        var response = await client.PutAsJsonAsync("/v1/staff/bothtest-r1/skills", new { itemsAsA = new[] { "dibao" }, itemsAsB = new[] { "dibao" } });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("itemsAsB", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var member = await client.GetAsync("/v1/staff/bothtest-r1").OkAsync();
        Assert.Equal(0, member.TryGetProperty("itemsKnown", out var known) ? known.GetArrayLength() : 0);
    }

    [Theory]
    [InlineData(3, 19, "110101199003076018", "grade")]
    [InlineData(4, 5, "110101199003076018", "tier")]
    [InlineData(3, 5, "110101199003076011", "idNumber")]
    public async Task A_bad_hire_is_a_400_naming_the_field_and_hires_nobody(int tier, int grade, string idNumber, string field)
    {
        var request = NewHire("jiangpu-t900", idNumber) with { tier = tier, grade = grade };

        var response = await hr.HrAdminOf("jiangpu").PostAsJsonAsync("/v1/staff", request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(field, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await hr.HrAdminOf("jiangpu").GetAsync("/v1/staff/jiangpu-t900")).StatusCode);
    }

    [Fact]
    public async Task Hiring_someone_already_on_the_register_is_a_conflict()
    {
        var demo = DemoDistrictGenerator.District.Centre("jiangpu").Staff.First(s => s.StaffId == "jiangpu-s005");

        var response = await hr.HrAdminOf("jiangpu").PostAsJsonAsync("/v1/staff", NewHire("jiangpu-t901", demo.IdNumber.Value));

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
    }

    [Fact]
    public async Task A_clerk_cannot_read_the_register_or_hire()
    {
        var clerk = hr.StaffOf("jiangpu", "jiangpu-s004", "clerk");

        Assert.Equal(HttpStatusCode.Forbidden, (await clerk.GetAsync("/v1/staff")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await clerk.PostAsJsonAsync("/v1/staff", NewHire("jiangpu-t902", "110101199003076018"))).StatusCode);
    }

    [Fact]
    public async Task A_head_sees_only_their_own_department()
    {
        var head = hr.StaffOf("jiangpu", "jiangpu-s003", "head", "clerk");

        var staff = (await head.GetAsync("/v1/staff").OkAsync()).GetProperty("staff").EnumerateArray().ToList();

        Assert.NotEmpty(staff);
        Assert.All(staff, s => Assert.Equal("DEPARTMENT_FRONT_WINDOWS", s.GetProperty("department").GetString()));
        Assert.Equal(HttpStatusCode.NotFound, (await head.GetAsync("/v1/staff/jiangpu-s020")).StatusCode);
    }

    [Fact]
    public async Task A_centre_cannot_see_another_centres_staff_through_the_api_or_the_database()
    {
        var dinghai = hr.HrAdminOf("dinghai");

        Assert.Equal(HttpStatusCode.NotFound, (await dinghai.GetAsync("/v1/staff/jiangpu-s004")).StatusCode);
        var listed = (await dinghai.GetAsync("/v1/staff").OkAsync()).GetProperty("staff").EnumerateArray();
        Assert.All(listed, s => Assert.StartsWith("dinghai-", s.GetProperty("staffId").GetString(), StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.NotFound, (await dinghai.PutAsJsonAsync("/v1/staff/jiangpu-s004/skills", new { itemsAsA = new[] { "dibao" } })).StatusCode);

        await using var connection = await hr.OpenAppConnectionAsync("dinghai");
        await using var command = new NpgsqlCommand("SELECT count(*) FROM staff WHERE tenant_id = 'jiangpu'", connection);
        Assert.Equal(0L, (long)(await command.ExecuteScalarAsync())!);
        await using var all = new NpgsqlCommand("SELECT count(*) FROM staff", connection);
        Assert.True((long)(await all.ExecuteScalarAsync())! > 0);
    }

    [Fact]
    public async Task District_hr_acts_on_a_centre_only_by_naming_it()
    {
        Assert.Equal(HttpStatusCode.Forbidden, (await hr.DistrictHr().PostAsJsonAsync("/v1/staff", NewHire("jiangpu-t903", "110101199003076018"))).StatusCode);

        var named = await hr.DistrictHr("jiangpu").GetAsync("/v1/staff/jiangpu-s004").OkAsync();

        Assert.Equal("jiangpu-s004", named.GetProperty("staffId").GetString());
    }

    [Fact]
    public async Task A_worker_who_leaves_is_announced_and_stays_on_the_register_with_a_last_day()
    {
        // A worker of its own: a demo worker who left would drop out of what other tests read of the demo centres.
        const string centre = "lefttest";
        var admin = hr.ClientFor("lefttest-hr", ["hr-admin"], centre);
        await admin.PostAsJsonAsync("/v1/staff", NewHire("lefttest-c1", "110101199003074514")).OkAsync();

        var left = await admin.PostAsJsonAsync("/v1/staff/lefttest-c1/leaving", new { lastDay = "2026-11-30" }).OkAsync();
        var again = await admin.PostAsJsonAsync("/v1/staff/lefttest-c1/leaving", new { lastDay = "2026-12-31" });

        Assert.Equal("2026-11-30", left.GetProperty("lastDay").GetString());
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Contains(await hr.OutboxAsync(centre), e => e.Topic == "staff-left" && e.CloudEvent.Contains("lefttest-c1", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Changing_a_post_places_the_worker_and_announces_the_change()
    {
        // A worker of its own: a demo clerk moved to first review (with no skills) would join the demo centre's A/B matrix.
        const string centre = "posttest";
        var admin = hr.ClientFor("posttest-hr", ["hr-admin"], centre);
        await admin.PostAsJsonAsync("/v1/staff", NewHire("posttest-c1", "110101199003074514")).OkAsync();

        var changed = await admin.PutAsJsonAsync("/v1/staff/posttest-c1/post", new
        {
            department = "DEPARTMENT_FIRST_REVIEW", roles = new[] { "reviewer" }, communityWorker = true, tier = 3, grade = 7, title = "PROFESSIONAL_TITLE_NONE",
        }).OkAsync();
        var outOfRange = await admin.PutAsJsonAsync("/v1/staff/posttest-c1/post", new
        {
            department = "DEPARTMENT_FIRST_REVIEW", roles = new[] { "reviewer" }, communityWorker = true, tier = 3, grade = 0, title = "PROFESSIONAL_TITLE_NONE",
        });

        Assert.Equal(7, changed.GetProperty("grade").GetInt32());
        Assert.Equal(HttpStatusCode.BadRequest, outOfRange.StatusCode);
        Assert.Contains("grade", await outOfRange.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains(await hr.OutboxAsync(centre), e => e.Topic == "staff-changed" && e.CloudEvent.Contains("posttest-c1", StringComparison.Ordinal) && e.CloudEvent.Contains("first-review", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Promotions_need_evaluations_so_an_unevaluated_register_promotes_nobody()
    {
        var promoted = await hr.HrAdminOf("dinghai").PostAsJsonAsync("/v1/staff:promote", new { asOf = "2026-11-01" }).OkAsync();
        var bad = await hr.HrAdminOf("dinghai").PostAsJsonAsync("/v1/staff:promote", new { asOf = "soon" });

        Assert.Equal(0, promoted.TryGetProperty("staff", out var staff) ? staff.GetArrayLength() : 0);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("asOf", await bad.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    /// <summary>Hires a first-review reviewer (no skills yet) at a centre of the test's own; returns the centre's hr-admin.</summary>
    private async Task<HttpClient> HireReviewerAsync(string centre, string staffId)
    {
        var admin = hr.ClientFor($"{centre}-hr", ["hr-admin"], centre);
        await admin.PostAsJsonAsync("/v1/staff", NewHire(staffId, "110101199003074514") with { department = "DEPARTMENT_FIRST_REVIEW", roles = ["reviewer"] }).OkAsync();
        return admin;
    }

    internal static HireRequest NewHire(string staffId, string idNumber) =>
        new(staffId, "测试员工", "DEPARTMENT_FRONT_WINDOWS", ["clerk"], null, true, 3, 5, "PROFESSIONAL_TITLE_NONE", "2024-03-01", idNumber, "6222000011112222");

    internal sealed record HireRequest(
        string staffId, string name, string department, string[] roles, string? grid, bool communityWorker, int tier, int grade, string title, string hiredOn, string idNumber, string bankAccount);
}
