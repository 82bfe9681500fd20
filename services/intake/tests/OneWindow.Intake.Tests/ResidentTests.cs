using System.Net;
using System.Net.Http.Json;
using Npgsql;

namespace OneWindow.Intake.Tests;

/// <summary>Each test works in a centre of its own.</summary>
public sealed class ResidentTests(IntakeFactory intake) : IClassFixture<IntakeFactory>
{
    private const string ResidentRegisterCode = Application.Residents.ResidentRegister.DistrictOfficeCode;

    [Fact]
    public async Task A_household_is_registered_with_personal_data_encrypted_at_rest_and_found_by_ID_number()
    {
        var centre = IntakeFactory.NewCentre();
        var clerk = intake.ClerkOf(centre);
        var idNumber = IntakeFactory.NewIdNumber(1950);

        var household = await IntakeFactory.RegisterHouseholdAsync(clerk, IntakeFactory.Member(idNumber, "李秀英", "13900001111"), IntakeFactory.Member(relation: "RELATION_SPOUSE"));

        var members = household.GetProperty("members");
        Assert.Equal(2, members.GetArrayLength());
        var found = await (await clerk.PostAsJsonAsync("/v1/residents:find", new { idNumber })).ReadAsync();
        Assert.Equal(members[0].Str("residentId"), found.Str("residentId"));
        Assert.Equal("李**", found.Str("name"));
        Assert.Equal(idNumber[..3] + new string('*', 11) + idNumber[^4..], found.Str("idNumber"));
        Assert.Equal("139****1111", found.Str("phone"));
        Assert.Equal("1200.00", household.Str("perCapitaIncome"));

        await using var connection = await intake.OpenAppConnectionAsync(centre);
        await using var command = new NpgsqlCommand("SELECT name_protected || id_number_protected || phone_protected FROM residents", connection);
        var stored = new List<string>();
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                stored.Add(reader.GetString(0));
            }
        }

        Assert.Equal(2, stored.Count);
        Assert.DoesNotContain(stored, s => s.Contains(idNumber, StringComparison.Ordinal) || s.Contains("李秀英", StringComparison.Ordinal) || s.Contains("13900001111", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("wrong-check-digit")]
    [InlineData("impossible-birth-date")]
    [InlineData("born-in-the-future")]
    public async Task An_ID_number_with_a_wrong_check_digit_or_an_impossible_birth_date_is_refused_naming_the_field(string flaw)
    {
        var clerk = intake.ClerkOf(IntakeFactory.NewCentre());
        var valid = IntakeFactory.NewIdNumber();
        var idNumber = flaw switch
        {
            "wrong-check-digit" => valid[..17] + (valid[17] == '0' ? '1' : '0'),
            "impossible-birth-date" => WithCheckDigit("31011019500230001"),
            _ => WithCheckDigit("31011020990101001"),
        };

        var response = await clerk.PostAsJsonAsync("/v1/households", new { address = "某路1号", grid = "G1", monthlyIncome = "1000.00", members = new[] { IntakeFactory.Member(idNumber) } });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("members[0].idNumber", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static string WithCheckDigit(string first17)
    {
        int[] weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
        var sum = first17.Select((c, i) => (c - '0') * weights[i]).Sum();
        return first17 + "10X98765432"[sum % 11];
    }

    [Fact]
    public async Task Bad_input_names_every_offending_field_at_once()
    {
        var clerk = intake.ClerkOf(IntakeFactory.NewCentre());

        var response = await clerk.PostAsJsonAsync("/v1/households", new { address = "", grid = "", monthlyIncome = "lots", members = Array.Empty<object>() });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        foreach (var field in new[] { "address", "grid", "monthlyIncome", "members" })
        {
            Assert.Contains($"\"{field}\"", body, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_household_change_with_a_grid_longer_than_the_register_keeps_or_too_many_benefits_is_refused_naming_them_and_changes_nothing()
    {
        var clerk = intake.ClerkOf(IntakeFactory.NewCentre());
        var household = await IntakeFactory.RegisterHouseholdAsync(clerk);
        var id = household.Str("householdId");

        var response = await clerk.PatchAsJsonAsync($"/v1/households/{id}", new
        {
            grid = new string('G', 41),
            monthlyIncome = "１２００",
            setBenefits = true,
            benefits = Enumerable.Repeat("dibao", 201).ToArray(),
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        foreach (var field in new[] { "grid", "monthlyIncome", "benefits" })
        {
            Assert.Contains($"\"{field}\"", body, StringComparison.Ordinal);
        }

        var unchanged = await clerk.GetAsync($"/v1/households/{id}").OkAsync();
        Assert.Equal(household.Str("grid"), unchanged.Str("grid"));
        Assert.Equal(household.Str("monthlyIncome"), unchanged.Str("monthlyIncome"));
    }

    [Fact]
    public async Task A_second_resident_with_the_same_ID_number_at_the_same_centre_is_a_conflict()
    {
        var idNumber = IntakeFactory.NewIdNumber();
        var clerk = intake.ClerkOf(IntakeFactory.NewCentre());
        await IntakeFactory.RegisterHouseholdAsync(clerk, IntakeFactory.Member(idNumber));

        var again = await clerk.PostAsJsonAsync("/v1/households", new { address = "某路1号", grid = "G1", monthlyIncome = "1000.00", members = new[] { IntakeFactory.Member(idNumber) } });

        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Contains("resident-exists", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_clerk_registering_an_ID_number_held_at_another_centre_is_sent_to_the_district_office_without_learning_where_and_the_attempt_is_audited()
    {
        var idNumber = IntakeFactory.NewIdNumber();
        var held = await IntakeFactory.RegisterHouseholdAsync(intake.ClerkOf(IntakeFactory.NewCentre()), IntakeFactory.Member(idNumber));
        var centre = IntakeFactory.NewCentre();
        var clerk = intake.ClerkOf(centre);
        var own = await IntakeFactory.RegisterHouseholdAsync(clerk);

        var asHousehold = await clerk.PostAsJsonAsync("/v1/households", new { address = "某路1号", grid = "G1", monthlyIncome = "1000.00", members = new[] { IntakeFactory.Member(idNumber) } });
        var asMember = await clerk.PostAsJsonAsync($"/v1/households/{own.Str("householdId")}/members", new { member = IntakeFactory.Member(idNumber, relation: "RELATION_SPOUSE") });

        foreach (var refused in new[] { asHousehold, asMember })
        {
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            var body = await refused.Content.ReadAsStringAsync();
            Assert.Contains(ResidentRegisterCode, body, StringComparison.Ordinal);
            Assert.Contains("idNumber", body, StringComparison.Ordinal);
            Assert.DoesNotContain("already", body, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("centre '", body, StringComparison.Ordinal);
        }

        await using var connection = await intake.OpenAppConnectionAsync(centre);
        await using var residents = new NpgsqlCommand("SELECT count(*) FROM residents", connection);
        Assert.Equal(1L, (long)(await residents.ExecuteScalarAsync())!);
        await using var audit = new NpgsqlCommand("SELECT count(*) FROM audit_records WHERE action = 'register-resident' AND subject_id = $1 AND outcome = 'Denied' AND reason = $2", connection)
        {
            Parameters = { new NpgsqlParameter { Value = idNumber[..3] + new string('*', 11) + idNumber[^4..] }, new NpgsqlParameter { Value = ResidentRegisterCode } },
        };
        Assert.Equal(2L, (long)(await audit.ExecuteScalarAsync())!);
        Assert.Equal(1, held.GetProperty("members").GetArrayLength());
    }

    [Theory]
    [InlineData("13812345678\n", "phone")]
    [InlineData("１３８１２３４５６７８", "phone")]
    [InlineData("３１０１１０", "hukouDistrict")]
    public async Task A_phone_or_hukou_code_with_a_trailing_newline_or_full_width_digits_is_refused_naming_the_field(string value, string field)
    {
        var clerk = intake.ClerkOf(IntakeFactory.NewCentre());
        var member = new Dictionary<string, object> { ["name"] = "王建国", ["idNumber"] = IntakeFactory.NewIdNumber(), ["relation"] = "RELATION_HEAD", [field] = value };

        var response = await clerk.PostAsJsonAsync("/v1/households", new { address = "某路1号", grid = "G1", monthlyIncome = "1000.00", members = new[] { member } });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(field, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Registration_publishes_eligibility_facts_and_never_personal_data()
    {
        var clerk = intake.ClerkOf(IntakeFactory.NewCentre());
        var idNumber = IntakeFactory.NewIdNumber(1940);

        var household = await IntakeFactory.RegisterHouseholdAsync(clerk, IntakeFactory.Member(idNumber, "赵德胜", disabilityGrade: 2));

        var residentId = household.GetProperty("members")[0].Str("residentId");
        var registered = (await intake.PublishedAsync("resident-registered", residentId)).Single();
        var text = registered.ToString();
        Assert.DoesNotContain(idNumber, text, StringComparison.Ordinal);
        Assert.DoesNotContain("赵德胜", text, StringComparison.Ordinal);
        Assert.DoesNotContain("江浦路", text, StringComparison.Ordinal);
        var facts = registered.GetProperty("facts");
        Assert.Equal(2, facts.GetProperty("disabilityGrade").GetInt32());
        Assert.Equal("310110", facts.GetProperty("hukouDistrict").GetString());
        await intake.PublishedAsync("household-changed", household.Str("householdId"));
    }

    [Fact]
    public async Task Only_the_clerk_serving_a_resident_sees_their_full_ID_number()
    {
        var centre = IntakeFactory.NewCentre();
        var serving = intake.ClerkOf(centre, "clerk-serving");
        var idNumber = IntakeFactory.NewIdNumber();
        var household = await IntakeFactory.RegisterHouseholdAsync(serving, IntakeFactory.Member(idNumber, "陈美玲"));
        var residentId = household.GetProperty("members")[0].Str("residentId");
        var ticket = await QueueTests.CallOneAsync(intake, centre, serving);

        (await serving.PostAsJsonAsync($"/v1/tickets/{ticket}:start", new { residentId })).EnsureSuccessStatusCode();

        var seen = await (await serving.GetAsync($"/v1/residents/{residentId}")).ReadAsync();
        var otherClerk = await (await intake.ClerkOf(centre, "clerk-other").GetAsync($"/v1/residents/{residentId}")).ReadAsync();
        var director = await (await intake.ClientFor("dir", ["director"], centre).GetAsync($"/v1/residents/{residentId}")).ReadAsync();
        Assert.Equal(idNumber, seen.Str("idNumber"));
        Assert.Equal("陈美玲", seen.Str("name"));
        Assert.NotEqual(idNumber, otherClerk.Str("idNumber"));
        Assert.Equal("陈**", otherClerk.Str("name"));
        Assert.NotEqual(idNumber, director.Str("idNumber"));
    }

    [Fact]
    public async Task A_clerk_serving_a_kiosk_ticket_at_their_window_sees_the_resident_in_full_and_every_such_reading_is_audited()
    {
        var centre = IntakeFactory.NewCentre();
        var clerk = intake.ClerkOf(centre, "clerk-serving");
        var household = await IntakeFactory.RegisterHouseholdAsync(clerk);
        var residentId = household.GetProperty("members")[0].Str("residentId");
        var ticket = await QueueTests.CallOneAsync(intake, centre, clerk, "03");
        (await clerk.PostAsJsonAsync($"/v1/tickets/{ticket}:start", new { residentId })).EnsureSuccessStatusCode();

        var first = await (await clerk.GetAsync($"/v1/residents/{residentId}")).ReadAsync();
        var second = await (await clerk.GetAsync($"/v1/households/{household.Str("householdId")}")).ReadAsync();

        Assert.True(first.GetProperty("unmasked").GetBoolean());
        Assert.Equal("王建国", second.GetProperty("members")[0].Str("name"));
        await using var connection = await intake.OpenAppConnectionAsync(centre);
        await using var audit = new NpgsqlCommand("SELECT reason FROM audit_records WHERE action = 'read-personal-data' AND subject_id = $1 AND actor = 'clerk-serving'", connection)
        {
            Parameters = { new NpgsqlParameter { Value = residentId } },
        };
        var reasons = new List<string>();
        await using (var reader = await audit.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                reasons.Add(reader.GetString(0));
            }
        }

        Assert.Equal(2, reasons.Count);
        Assert.All(reasons, r => Assert.Equal("ticket A001 at window 03", r));
    }

    [Fact]
    public async Task A_clerk_who_issues_a_ticket_themself_and_starts_it_for_any_resident_sees_them_masked_and_the_service_is_not_counted_as_theirs()
    {
        var centre = IntakeFactory.NewCentre();
        var clerk = intake.ClerkOf(centre, "clerk-curious");
        var idNumber = IntakeFactory.NewIdNumber();
        var household = await IntakeFactory.RegisterHouseholdAsync(intake.ClerkOf(centre, "clerk-registrar"), IntakeFactory.Member(idNumber, "陈美玲", "13900002222"));
        var residentId = household.GetProperty("members")[0].Str("residentId");
        (await clerk.PostAsJsonAsync("/v1/windows/05:open", new { type = "WINDOW_TYPE_COMPREHENSIVE" })).EnsureSuccessStatusCode();
        var issued = await (await clerk.PostAsJsonAsync("/v1/tickets", new { windowType = "WINDOW_TYPE_COMPREHENSIVE" })).ReadAsync();
        var ticket = issued.Str("ticketId");
        (await clerk.PostAsJsonAsync("/v1/windows/05:call-next", new { })).EnsureSuccessStatusCode();
        (await clerk.PostAsJsonAsync($"/v1/tickets/{ticket}:start", new { residentId })).EnsureSuccessStatusCode();

        var seen = await (await clerk.GetAsync($"/v1/residents/{residentId}")).ReadAsync();
        var found = await (await clerk.PostAsJsonAsync("/v1/residents:find", new { idNumber })).ReadAsync();
        (await clerk.PostAsJsonAsync($"/v1/tickets/{ticket}:finish", new { })).EnsureSuccessStatusCode();

        foreach (var view in new[] { seen, found })
        {
            Assert.False(view.TryGetProperty("unmasked", out var unmasked) && unmasked.GetBoolean());
            Assert.Equal("陈**", view.Str("name"));
            Assert.Equal("139****2222", view.Str("phone"));
            Assert.NotEqual(idNumber, view.Str("idNumber"));
        }

        var served = (await intake.PublishedAsync("ticket-served", ticket)).Single();
        Assert.True(served.GetProperty("issuedByStaff").GetBoolean());
        await using var connection = await intake.OpenAppConnectionAsync(centre);
        await using var audit = new NpgsqlCommand("SELECT count(*) FROM audit_records WHERE action = 'read-personal-data' AND subject_id = $1", connection)
        {
            Parameters = { new NpgsqlParameter { Value = residentId } },
        };
        Assert.Equal(0L, (long)(await audit.ExecuteScalarAsync())!);
    }

    [Fact]
    public async Task Another_centre_cannot_see_a_resident_through_the_API_or_raw_SQL()
    {
        var centre = IntakeFactory.NewCentre();
        var other = IntakeFactory.NewCentre();
        var idNumber = IntakeFactory.NewIdNumber();
        var household = await IntakeFactory.RegisterHouseholdAsync(intake.ClerkOf(centre), IntakeFactory.Member(idNumber));
        var residentId = household.GetProperty("members")[0].Str("residentId");

        var byId = await intake.ClerkOf(other).GetAsync($"/v1/residents/{residentId}");
        var byNumber = await intake.ClerkOf(other).PostAsJsonAsync("/v1/residents:find", new { idNumber });
        var named = await intake.ClerkOf(centre).SendAsync(new HttpRequestMessage(HttpMethod.Get, $"/v1/residents/{residentId}") { Headers = { { "X-OneWindow-Centre", other } } });

        Assert.Equal(HttpStatusCode.NotFound, byId.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, byNumber.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, named.StatusCode);
        await using var connection = await intake.OpenAppConnectionAsync(other);
        await using var command = new NpgsqlCommand("SELECT count(*) FROM residents WHERE household_id = $1", connection)
        {
            Parameters = { new NpgsqlParameter { Value = Guid.Parse(household.Str("householdId")) } },
        };
        Assert.Equal(0L, (long)(await command.ExecuteScalarAsync())!);
    }

    [Fact]
    public async Task A_reviewer_may_read_a_resident_but_not_register_one()
    {
        var centre = IntakeFactory.NewCentre();
        var reviewer = intake.ClientFor("reviewer-1", IntakeFactory.Reviewer, centre);

        var response = await reviewer.PostAsJsonAsync("/v1/households", new { address = "某路1号", grid = "G1", monthlyIncome = "1000.00", members = new[] { IntakeFactory.Member() } });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task A_changed_income_is_recorded_and_announced()
    {
        var clerk = intake.ClerkOf(IntakeFactory.NewCentre());
        var household = await IntakeFactory.RegisterHouseholdAsync(clerk);
        var id = household.Str("householdId");

        var changed = await (await clerk.PatchAsJsonAsync($"/v1/households/{id}", new { monthlyIncome = "900.50", setBenefits = true, benefits = new[] { "dibao" } })).ReadAsync();

        Assert.Equal("900.50", changed.Str("monthlyIncome"));
        Assert.Equal("dibao", changed.GetProperty("benefits")[0].GetString());
        await intake.PublishedAsync("household-changed", id, atLeast: 2);
    }
}
