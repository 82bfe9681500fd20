using System.Net;
using System.Net.Http.Json;
using Npgsql;

namespace OneWindow.Intake.Tests;

/// <summary>
/// The district's register of centres (docs/adr/0028). Codes beginning with "unregistered" are never registered by the
/// test host's arrangement (ServiceFactory), so these tests see the refusal a real unknown code meets.
/// </summary>
public sealed class CentreRegisterTests(IntakeFactory intake) : IClassFixture<IntakeFactory>
{
    [Fact]
    public async Task A_centre_the_district_admin_registers_can_be_worked_in_at_once_and_is_announced_to_every_service()
    {
        var code = NewCode();
        var clerk = intake.ClerkOf(code);
        Assert.Equal(HttpStatusCode.Forbidden, (await clerk.PostAsJsonAsync("/v1/windows/03:open", new { type = "WINDOW_TYPE_COMPREHENSIVE" })).StatusCode);

        var registered = await District().PostAsJsonAsync("/v1/centres", new { code, details = Details() });

        Assert.Equal(HttpStatusCode.OK, registered.StatusCode);
        var entry = await registered.ReadAsync();
        Assert.Equal(1, entry.Int("version"));
        Assert.Equal("五角场街道社区事务受理服务中心", entry.GetProperty("details").Str("name"));
        Assert.Equal(HttpStatusCode.OK, (await clerk.PostAsJsonAsync("/v1/windows/03:open", new { type = "WINDOW_TYPE_COMPREHENSIVE" })).StatusCode);
        var announced = (await intake.PublishedAsync("centre-changed", code)).Single();
        Assert.Equal("08:30-17:00", announced.GetProperty("openingHours").GetString());
        Assert.True(announced.GetProperty("open").GetBoolean());
        Assert.Equal(1L, await CountAsync("SELECT count(*) FROM audit_records WHERE action = 'register-centre' AND subject_id = $1", code));
    }

    [Fact]
    public async Task Anyone_may_read_the_register_without_signing_in()
    {
        var code = NewCode();
        (await District().PostAsJsonAsync("/v1/centres", new { code, details = Details() })).EnsureSuccessStatusCode();

        var list = await (await intake.CreateClient().GetAsync("/v1/centres")).ReadAsync();
        var one = await (await intake.CreateClient().GetAsync($"/v1/centres/{code}")).ReadAsync();

        Assert.Contains(list.Items("centres"), c => c.Str("code") == code);
        Assert.Equal("021-65430099", one.GetProperty("details").Str("phone"));
        Assert.Equal(["01", "02"], one.GetProperty("details").Items("windows").Select(w => w.Str("number")));
        Assert.Equal(HttpStatusCode.NotFound, (await intake.CreateClient().GetAsync($"/v1/centres/{NewCode()}")).StatusCode);
    }

    [Fact]
    public async Task A_code_that_is_taken_is_refused_and_the_first_entry_stays_as_it_was()
    {
        var code = NewCode();
        (await District().PostAsJsonAsync("/v1/centres", new { code, details = Details() })).EnsureSuccessStatusCode();

        var again = await District().PostAsJsonAsync("/v1/centres", new { code, details = Details() with { Name = "另一个中心" } });

        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Contains("centre-code-taken", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var entry = await (await intake.CreateClient().GetAsync($"/v1/centres/{code}")).ReadAsync();
        Assert.Equal("五角场街道社区事务受理服务中心", entry.GetProperty("details").Str("name"));
        Assert.Equal(1, entry.Int("version"));
    }

    [Theory]
    [InlineData("Wujiaochang", "code")]
    [InlineData("unregistered-x\n", "code")]
    public async Task A_code_that_is_not_a_centre_code_is_refused_naming_the_field(string code, string field)
    {
        var response = await District().PostAsJsonAsync("/v1/centres", new { code, details = Details() });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains($"\"{field}\"", await response.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Hours_that_close_before_they_open_a_window_number_in_full_width_digits_and_a_window_listed_twice_are_each_refused()
    {
        var code = NewCode();

        var hours = await District().PostAsJsonAsync("/v1/centres", new { code, details = Details() with { OpeningHours = "17:00-08:30" } });
        var fullWidth = await District().PostAsJsonAsync("/v1/centres", new { code, details = Details() with { Windows = new object[] { new { number = "０３", type = "WINDOW_TYPE_COMPREHENSIVE" } } } });
        var twice = await District().PostAsJsonAsync("/v1/centres", new { code, details = Details() with { Windows = new object[] { Window("01"), Window("01") } } });

        Assert.Equal(HttpStatusCode.BadRequest, hours.StatusCode);
        Assert.Contains("openingHours", await hours.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.BadRequest, fullWidth.StatusCode);
        Assert.Contains("number", await fullWidth.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, twice.StatusCode);
        Assert.Contains("window-twice", await twice.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await intake.CreateClient().GetAsync($"/v1/centres/{code}")).StatusCode);
    }

    [Fact]
    public async Task Only_the_district_admin_registers_a_centre()
    {
        var response = await intake.ClientFor("director-1", ["director"], "jiangpu").PostAsJsonAsync("/v1/centres", new { code = NewCode(), details = Details() });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task A_closed_centre_refuses_its_staff_and_a_district_admin_naming_it_while_its_entry_stays_readable()
    {
        var code = NewCode();
        (await District().PostAsJsonAsync("/v1/centres", new { code, details = Details() })).EnsureSuccessStatusCode();
        var clerk = intake.ClerkOf(code);
        Assert.Equal(HttpStatusCode.OK, (await clerk.GetAsync("/v1/queue")).StatusCode);

        var closed = await District().PutAsJsonAsync($"/v1/centres/{code}", new { details = Details(), open = false, reason = "并入五角场中心" });

        Assert.Equal(HttpStatusCode.OK, closed.StatusCode);
        Assert.Equal(2, (await closed.ReadAsync()).Int("version"));
        Assert.Equal(HttpStatusCode.Forbidden, (await clerk.GetAsync("/v1/queue")).StatusCode);
        var naming = await intake.ClientFor("district-1", ["district-admin"], null, code).GetAsync("/v1/statistics");
        Assert.Equal(HttpStatusCode.NotFound, naming.StatusCode);
        Assert.Contains("X-OneWindow-Centre", await naming.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.False((await (await intake.CreateClient().GetAsync($"/v1/centres/{code}")).ReadAsync()).GetProperty("open").GetBoolean());
        Assert.Equal(1L, await CountAsync("SELECT count(*) FROM audit_records WHERE action = 'close-centre' AND subject_id = $1 AND reason = '并入五角场中心'", code));
    }

    [Fact]
    public async Task A_change_without_a_reason_is_refused_and_changes_nothing()
    {
        var code = NewCode();
        (await District().PostAsJsonAsync("/v1/centres", new { code, details = Details() })).EnsureSuccessStatusCode();

        var response = await District().PutAsJsonAsync($"/v1/centres/{code}", new { details = Details() with { Phone = "021-11112222" }, open = true, reason = " " });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("reason", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("021-65430099", (await (await intake.CreateClient().GetAsync($"/v1/centres/{code}")).ReadAsync()).GetProperty("details").Str("phone"));
    }

    private static string NewCode() => $"unregistered-{Guid.NewGuid():N}"[..24];

    private static object Window(string number) => new { number, type = "WINDOW_TYPE_COMPREHENSIVE" };

    private static CentreForm Details() => new(
        "五角场街道社区事务受理服务中心", "杨浦区国和路100号", "021-65430099", "08:30-17:00",
        [Window("01"), Window("02")],
        [new { code = "WJC-G01", name = "五角场第1网格" }]);

    private HttpClient District() => intake.ClientFor("district-1", ["district-admin"], null);

    private async Task<long> CountAsync(string sql, string value)
    {
        // The register's acts are the district's (no centre): read in district scope, as the trail's policy allows.
        await using var connection = await intake.OpenAppConnectionAsync(centre: null, districtWide: true);
        await using var command = new NpgsqlCommand(sql, connection) { Parameters = { new NpgsqlParameter { Value = value } } };
        return (long)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>The details as a client sends them (PostAsJsonAsync writes the names in camelCase).</summary>
    private sealed record CentreForm(string Name, string Address, string Phone, string OpeningHours, object[] Windows, object[] Grids);
}
