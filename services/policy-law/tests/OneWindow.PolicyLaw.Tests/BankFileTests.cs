using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Npgsql;
using OneWindow.Common.Time;

namespace OneWindow.PolicyLaw.Tests;

/// <summary>The bank file a bank can pay and its return file (docs/adr/0026). Each test works in a centre of its own.</summary>
public sealed class BankFileTests(PolicyLawFactory policyLaw) : IClassFixture<PolicyLawFactory>
{
    private const string Card = "6222021234567890128";
    private static string ThisMonth => ChinaTime.Today(TimeProvider.System).ToString("yyyy-MM", CultureInfo.InvariantCulture);

    [Fact]
    public async Task The_bank_file_carries_each_payee_and_account_between_control_totals_while_staff_see_them_masked_and_the_database_encrypted()
    {
        var centre = NewCentre();
        var first = await ApproveAsync(centre, "150.00");
        var second = await ApproveAsync(centre, "300.00");
        await PayeeAsync(centre, first, "王秀英", Card);
        await PayeeAsync(centre, second, "李建国", "310012345678");

        var (batchId, lines) = await ExportedAsync(centre);

        Assert.Equal($"H,{centre},{batchId},{ThisMonth},2,450.00", lines[0]);
        Assert.Equal("T,2,450.00", lines[^1]);
        Assert.Contains(lines, l => l.StartsWith("D,", StringComparison.Ordinal) && l.EndsWith($",王秀英,{Card},150.00,elderly-allowance,{ThisMonth}", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.EndsWith($",李建国,310012345678,300.00,elderly-allowance,{ThisMonth}", StringComparison.Ordinal));
        var batch = await (await Officer(centre).GetAsync($"/v1/disbursement/batches/{batchId}")).ReadAsync();
        Assert.Equal((2, "450.00"), (batch.GetProperty("sentCount").GetInt32(), batch.GetProperty("sentTotal").GetString()));
        var schedules = (await (await Officer(centre).GetAsync($"/v1/disbursement/schedules?householdId={first}")).ReadAsync()).GetProperty("schedules");
        Assert.Equal(("王**", "***************0128"), (schedules[0].GetProperty("payeeName").GetString(), schedules[0].GetProperty("payeeAccount").GetString()));
        var ledger = (await (await Officer(centre).GetAsync($"/v1/disbursement/ledger?batchId={batchId}")).ReadAsync()).GetProperty("entries").EnumerateArray();
        Assert.Contains(ledger, e => e.GetProperty("payeeAccount").GetString() == "********5678");
        await using var connection = await policyLaw.OpenAppConnectionAsync(centre);
        await using var command = new NpgsqlCommand("SELECT name_protected || account_protected FROM payees", connection);
        await using var reader = await command.ExecuteReaderAsync(TestContext.Current.CancellationToken);
        while (await reader.ReadAsync(TestContext.Current.CancellationToken))
        {
            Assert.DoesNotContain("0128", reader.GetString(0), StringComparison.Ordinal);
            Assert.DoesNotContain("王秀英", reader.GetString(0), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_payment_the_bank_returns_is_reversed_paid_again_in_the_next_batch_and_told_to_the_resident()
    {
        var centre = NewCentre();
        var paid = await ApproveAsync(centre, "150.00");
        var returned = await ApproveAsync(centre, "300.00");
        await PayeeAsync(centre, paid, "王秀英", Card);
        await PayeeAsync(centre, returned, "李建国", "310012345678");
        var (batchId, lines) = await ExportedAsync(centre);
        var entryOf = (Guid household) => lines.Single(l => l.Contains(household == paid ? "王秀英" : "李建国", StringComparison.Ordinal)).Split(',')[1];

        var settled = await (await Officer(centre).PostAsJsonAsync($"/v1/disbursement/batches/{batchId}:settle", new
        {
            content = $"H,{batchId}\nD,{entryOf(paid)},paid,B001\nD,{entryOf(returned)},failed,B002,账户已销户\nT,2\n",
        })).ReadAsync();

        Assert.Equal((1, 1), (settled.GetProperty("paidCount").GetInt32(), settled.GetProperty("failedCount").GetInt32()));
        var failedEntry = (await (await Officer(centre).GetAsync($"/v1/disbursement/ledger?batchId={batchId}")).ReadAsync()).GetProperty("entries").EnumerateArray()
            .Single(e => e.GetProperty("entryId").GetString() == entryOf(returned));
        Assert.Equal(("failed", "账户已销户"), (failedEntry.GetProperty("bankResult").GetString(), failedEntry.GetProperty("bankNote").GetString()));
        var told = await policyLaw.PublishedAsync("disbursement-failed", returned.ToString());
        Assert.Contains(told, e => e.GetProperty("reason").GetString() == "账户已销户" && e.GetProperty("amount").GetDecimal() == 300.00m);

        var next = await (await Officer(centre).PostAsJsonAsync("/v1/disbursement/batches", new { period = ThisMonth })).ReadAsync();

        Assert.Equal((1, 1, "300.00"), (next.GetProperty("entryCount").GetInt32(), next.GetProperty("retryCount").GetInt32(), next.GetProperty("total").GetString()));
        var retry = Assert.Single((await (await Officer(centre).GetAsync($"/v1/disbursement/ledger?batchId={next.GetProperty("batchId").GetString()}")).ReadAsync()).GetProperty("entries").EnumerateArray());
        Assert.Equal(entryOf(returned), retry.GetProperty("retryOf").GetString());
        Assert.Equal("450.00", (await (await Officer(centre).GetAsync("/v1/disbursement/ledger")).ReadAsync()).GetProperty("balance").GetString());
        var again = await Officer(centre).PostAsJsonAsync("/v1/disbursement/batches", new { period = ThisMonth });
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
    }

    [Fact]
    public async Task A_household_with_no_payee_is_left_out_of_the_bank_file_settled_as_not_paid_and_paid_again_next_batch()
    {
        var centre = NewCentre();
        await PayeeAsync(centre, await ApproveAsync(centre, "150.00"), "王秀英", Card);
        var without = await ApproveAsync(centre, "300.00");
        var (batchId, lines) = await ExportedAsync(centre);
        Assert.Equal("T,1,150.00", lines[^1]);

        await (await Officer(centre).PostAsJsonAsync($"/v1/disbursement/batches/{batchId}:settle", new { content = $"H,{batchId}\nD,{lines[1].Split(',')[1]},paid,B001\nT,1" })).ReadAsync();

        var left = (await (await Officer(centre).GetAsync($"/v1/disbursement/ledger?batchId={batchId}&householdId={without}")).ReadAsync()).GetProperty("entries").EnumerateArray().First();
        Assert.Equal(("failed", "未登记收款账户，未送银行"), (left.GetProperty("bankResult").GetString(), left.GetProperty("bankNote").GetString()));
        await PayeeAsync(centre, without, "李建国", "310012345678");
        var next = await (await Officer(centre).PostAsJsonAsync("/v1/disbursement/batches", new { period = ThisMonth })).ReadAsync();
        Assert.Equal(1, next.GetProperty("retryCount").GetInt32());
    }

    [Fact]
    public async Task A_return_file_for_another_batch_with_an_unknown_entry_or_miscounted_is_refused_and_changes_nothing()
    {
        var centre = NewCentre();
        await PayeeAsync(centre, await ApproveAsync(centre, "150.00"), "王秀英", Card);
        var (batchId, lines) = await ExportedAsync(centre);
        var entry = lines[1].Split(',')[1];

        foreach (var (content, code) in new[]
                 {
                     ($"H,{Guid.NewGuid()}\nD,{entry},paid,B001\nT,1", "return-file-for-another-batch"),
                     ($"H,{batchId}\nD,{entry},paid,B001\nD,{Guid.NewGuid()},paid,B002\nT,2", "unknown-entry"),
                     ($"H,{batchId}\nD,{entry},paid,B001\nT,3", "return-file-count-mismatch"),
                     ($"H,{batchId}\nT,0", "return-file-incomplete"),
                     ($"{entry},paid,B001", "invalid-return-file"),
                 })
        {
            var response = await Officer(centre).PostAsJsonAsync($"/v1/disbursement/batches/{batchId}:settle", new { content });

            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            var problem = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
            Assert.Contains(code, problem, StringComparison.Ordinal);
            Assert.Contains("content", problem, StringComparison.Ordinal);
        }

        var batch = await (await Officer(centre).GetAsync($"/v1/disbursement/batches/{batchId}")).ReadAsync();
        Assert.Equal(("exported", 0, 0), (batch.GetProperty("status").GetString(), batch.GetProperty("paidCount").GetInt32(), batch.GetProperty("failedCount").GetInt32()));
    }

    [Theory]
    [InlineData("6222021234567890129", "account-check-failed")]
    [InlineData("62220212345", "invalid-account")]
    [InlineData("6222-0212-3456-7890", "invalid-account")]
    [InlineData("12345678901234567890", "invalid-account")]
    public async Task An_account_number_failing_its_check_is_refused_and_nothing_is_recorded(string account, string code)
    {
        var centre = NewCentre();
        var household = await ApproveAsync(centre, "150.00");

        var response = await Officer(centre).PostAsJsonAsync("/v1/disbursement/payees", new { householdId = household, itemCode = "elderly-allowance", payeeName = "王秀英", account });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Contains(code, problem, StringComparison.Ordinal);
        Assert.Contains("account", problem, StringComparison.Ordinal);
        var schedule = (await (await Officer(centre).GetAsync($"/v1/disbursement/schedules?householdId={household}")).ReadAsync()).GetProperty("schedules")[0];
        Assert.False(schedule.TryGetProperty("payeeAccount", out var masked) && masked.ValueKind == JsonValueKind.String);
    }

    [Fact]
    public async Task A_second_benefit_of_a_household_is_paid_into_the_account_on_file_until_another_is_recorded()
    {
        var centre = NewCentre();
        var household = await ApproveAsync(centre, "150.00");
        await ApproveAsync(centre, "500.00", "dibao", household);
        await PayeeAsync(centre, household, "王秀英", Card);

        var (_, lines) = await ExportedAsync(centre);

        Assert.Equal("T,2,650.00", lines[^1]);
        Assert.Contains(lines, l => l.EndsWith($",王秀英,{Card},500.00,dibao,{ThisMonth}", StringComparison.Ordinal));
        var schedules = (await (await Officer(centre).GetAsync($"/v1/disbursement/schedules?householdId={household}")).ReadAsync()).GetProperty("schedules").EnumerateArray();
        Assert.All(schedules, s => Assert.Equal("***************0128", s.GetProperty("payeeAccount").GetString()));
    }

    [Fact]
    public async Task A_payee_name_a_spreadsheet_would_run_as_a_formula_is_written_as_text()
    {
        var centre = NewCentre();
        await PayeeAsync(centre, await ApproveAsync(centre, "150.00"), "=HYPERLINK(\"http://x.example\",\"王\")", Card);

        var (_, lines) = await ExportedAsync(centre);

        Assert.Contains(",\"'=HYPERLINK(\"\"http://x.example\"\",\"\"王\"\")\",", lines[1], StringComparison.Ordinal);
    }

    private static string NewCentre() => $"c{Guid.NewGuid():N}"[..12];

    private HttpClient Officer(string centre) => policyLaw.ClientFor("officer-1", PolicyLawFactory.PolicyOfficer, centre);

    private async Task PayeeAsync(string centre, Guid household, string name, string account) =>
        (await Officer(centre).PostAsJsonAsync("/v1/disbursement/payees", new { householdId = household, itemCode = "elderly-allowance", payeeName = name, account })).EnsureSuccessStatusCode();

    /// <summary>The month's batch prepared, approved by the director and taken as the bank file: its id and its lines.</summary>
    private async Task<(string BatchId, string[] Lines)> ExportedAsync(string centre)
    {
        var batch = await (await Officer(centre).PostAsJsonAsync("/v1/disbursement/batches", new { period = ThisMonth })).ReadAsync();
        var batchId = batch.GetProperty("batchId").GetString()!;
        (await policyLaw.DirectorOf(centre).PostAsJsonAsync($"/v1/disbursement/batches/{batchId}:approve", new { })).EnsureSuccessStatusCode();
        var file = await (await Officer(centre).PostAsJsonAsync($"/v1/disbursement/batches/{batchId}:export", new { })).ReadAsync();
        return (batchId, file.GetProperty("content").GetString()!.Split("\r\n", StringSplitOptions.RemoveEmptyEntries));
    }

    private async Task<Guid> ApproveAsync(string centre, string amount, string itemCode = "elderly-allowance", Guid? household = null)
    {
        var reviewed = ApprovalFlow.Reviewed(centre, itemCode, household);
        var arrived = await ApprovalFlow.ArriveAsync(policyLaw, reviewed);
        // A time-limited item (dibao) is rechecked by a supervisor (the named one, when the centre's roster names one) before it can be approved.
        if (itemCode == "dibao")
        {
            var supervisor = arrived.TryGetProperty("supervisorStaffId", out var named) && named.GetString() is { Length: > 0 } staffId ? staffId : "supervisor-1";
            (await policyLaw.ClientFor(supervisor, ["supervisor"], centre).PostAsJsonAsync($"/v1/approvals/{reviewed.FileId}:recheck", new { })).EnsureSuccessStatusCode();
        }

        (await Officer(centre).PostAsJsonAsync($"/v1/approvals/{reviewed.FileId}:approve", new { monthlyAmount = amount })).EnsureSuccessStatusCode();
        return reviewed.HouseholdId!.Value;
    }
}
