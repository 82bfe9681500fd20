using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using Npgsql;
using OneWindow.Common.Time;

namespace OneWindow.PolicyLaw.Tests;

/// <summary>Each test works in a centre of its own, so batches of different tests never meet.</summary>
public sealed class DisbursementTests(PolicyLawFactory policyLaw) : IClassFixture<PolicyLawFactory>
{
    private static readonly string[] Director = ["director"];
    private static string ThisMonth => ChinaTime.Today(TimeProvider.System).ToString("yyyy-MM", CultureInfo.InvariantCulture);

    [Fact]
    public async Task A_month_is_paid_through_a_batch_prepared_approved_exported_and_settled()
    {
        var centre = NewCentre();
        await PayeeAsync(centre, await ApproveAsync(centre, "150.00"));
        await PayeeAsync(centre, await ApproveAsync(centre, "300.00"));

        var batch = await (await Officer(centre).PostAsJsonAsync("/v1/disbursement/batches", new { period = ThisMonth })).ReadAsync();
        var batchId = batch.GetProperty("batchId").GetString();
        Assert.Equal(2, batch.GetProperty("entryCount").GetInt32());
        Assert.Equal("450.00", batch.GetProperty("total").GetString());

        (await policyLaw.ClientFor($"{centre}-director", Director, centre).PostAsJsonAsync($"/v1/disbursement/batches/{batchId}:approve", new { })).EnsureSuccessStatusCode();
        var file = await (await Officer(centre).PostAsJsonAsync($"/v1/disbursement/batches/{batchId}:export", new { })).ReadAsync();
        var lines = file.GetProperty("content").GetString()!.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(4, lines.Length);
        var returnFile = $"H,{batchId}\n" + string.Join('\n', lines[1..^1].Select((line, i) => $"D,{line.Split(',')[1]},{(i == 0 ? "paid" : "failed")},BANK{i},{(i == 0 ? string.Empty : "账户已销户")}")) + "\nT,2";

        var settled = await (await Officer(centre).PostAsJsonAsync($"/v1/disbursement/batches/{batchId}:settle", new { content = returnFile })).ReadAsync();

        Assert.Equal("settled", settled.GetProperty("status").GetString());
        Assert.Equal(1, settled.GetProperty("paidCount").GetInt32());
        Assert.Equal(1, settled.GetProperty("failedCount").GetInt32());
        var ledger = await (await Officer(centre).GetAsync($"/v1/disbursement/ledger?period={ThisMonth}")).ReadAsync();
        var paid = ledger.GetProperty("entries").EnumerateArray().Single(e => e.GetProperty("paid").GetBoolean());
        Assert.Equal(paid.GetProperty("amount").GetString(), ledger.GetProperty("balance").GetString());
        Assert.Contains(await policyLaw.PublishedAsync("disbursement-paid", paid.GetProperty("householdId").GetString()!), _ => true);
    }

    [Fact]
    public async Task The_centre_sees_its_batches_newest_first_with_who_prepared_them_and_each_batch_its_own_entries()
    {
        var centre = NewCentre();
        await ApproveAsync(centre, "150.00");
        var batch = await (await Officer(centre).PostAsJsonAsync("/v1/disbursement/batches", new { period = ThisMonth })).ReadAsync();
        var batchId = batch.GetProperty("batchId").GetString();
        await ApproveAsync(centre, "300.00");
        await (await Officer(centre).PostAsJsonAsync("/v1/disbursement/batches", new { period = ThisMonth })).ReadAsync();
        var director = policyLaw.ClientFor($"{centre}-director", Director, centre);

        var batches = (await (await director.GetAsync($"/v1/disbursement/batches?period={ThisMonth}")).ReadAsync()).GetProperty("batches").EnumerateArray().ToList();
        var entries = (await (await director.GetAsync($"/v1/disbursement/ledger?batchId={batchId}")).ReadAsync()).GetProperty("entries").EnumerateArray().ToList();

        Assert.Equal(["300.00", "150.00"], batches.Select(b => b.GetProperty("total").GetString()));
        Assert.All(batches, b => Assert.Equal("officer-1", b.GetProperty("preparedBy").GetString()));
        Assert.Equal("150.00", Assert.Single(entries).GetProperty("amount").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, (await director.GetAsync("/v1/disbursement/batches?period=2026-13")).StatusCode);
        var elsewhere = await (await policyLaw.ClientFor($"{centre}-director", Director, NewCentre()).GetAsync("/v1/disbursement/batches")).ReadAsync();
        Assert.True(!elsewhere.TryGetProperty("batches", out var none) || none.GetArrayLength() == 0);
    }

    [Fact]
    public async Task The_batches_come_a_page_at_a_time_newest_first_each_once_with_how_many_there_are()
    {
        var centre = NewCentre();
        foreach (var amount in new[] { "100.00", "200.00", "300.00" })
        {
            await ApproveAsync(centre, amount);
            (await Officer(centre).PostAsJsonAsync("/v1/disbursement/batches", new { period = ThisMonth })).EnsureSuccessStatusCode();
        }

        var pages = await Pages.ReadAllAsync(Officer(centre), $"/v1/disbursement/batches?period={ThisMonth}", pageSize: 2);

        var batches = pages.SelectMany(page => page.Items("batches")).ToList();
        Assert.Equal([2, 1], pages.Select(page => page.Items("batches").Count()));
        Assert.Equal(3, batches.Select(b => b.Str("batchId")).Distinct().Count());
        Assert.Equal(["300.00", "200.00", "100.00"], batches.Select(b => b.Str("total")));
        Assert.All(pages, page => Assert.Equal(3, page.Int("totalSize")));
        await Pages.AssertBadPagesRefusedAsync(Officer(centre), "/v1/disbursement/batches");
    }

    [Fact]
    public async Task Whoever_prepared_a_batch_cannot_approve_it()
    {
        var centre = NewCentre();
        await ApproveAsync(centre, "75.00");
        var preparer = policyLaw.ClientFor("both-hats", ["policy-officer", "director"], centre);
        var batch = await (await preparer.PostAsJsonAsync("/v1/disbursement/batches", new { period = ThisMonth })).ReadAsync();

        var refused = await preparer.PostAsJsonAsync($"/v1/disbursement/batches/{batch.GetProperty("batchId").GetString()}:approve", new { });

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
    }

    [Fact]
    public async Task A_month_already_in_a_batch_is_not_paid_twice()
    {
        var centre = NewCentre();
        await ApproveAsync(centre, "75.00");
        (await Officer(centre).PostAsJsonAsync("/v1/disbursement/batches", new { period = ThisMonth })).EnsureSuccessStatusCode();

        var again = await Officer(centre).PostAsJsonAsync("/v1/disbursement/batches", new { period = ThisMonth });

        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
    }

    [Fact]
    public async Task The_ledger_always_balances_after_reversals()
    {
        var centre = NewCentre();
        await ApproveAsync(centre, "150.00");
        await ApproveAsync(centre, "300.00");
        await ApproveAsync(centre, "75.00");
        (await Officer(centre).PostAsJsonAsync("/v1/disbursement/batches", new { period = ThisMonth })).EnsureSuccessStatusCode();
        var ledger = await (await Officer(centre).GetAsync("/v1/disbursement/ledger")).ReadAsync();
        var reversed = ledger.GetProperty("entries").EnumerateArray().First(e => e.GetProperty("amount").GetString() == "300.00").GetProperty("entryId").GetString();

        var reversal = await Officer(centre).PostAsJsonAsync($"/v1/disbursement/entries/{reversed}:reverse", new { reason = "户籍迁出" });
        var twice = await Officer(centre).PostAsJsonAsync($"/v1/disbursement/entries/{reversed}:reverse", new { reason = "再次" });

        Assert.Equal(HttpStatusCode.OK, reversal.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, twice.StatusCode);
        var after = await (await Officer(centre).GetAsync("/v1/disbursement/ledger")).ReadAsync();
        Assert.Equal("225.00", after.GetProperty("balance").GetString());
        Assert.Equal(4, after.GetProperty("entries").GetArrayLength());
    }

    [Fact]
    public async Task The_ledger_comes_a_page_at_a_time_in_the_order_entered_with_the_balance_and_count_of_the_whole()
    {
        var centre = NewCentre();
        await ApproveAsync(centre, "150.00");
        await ApproveAsync(centre, "300.00");
        await ApproveAsync(centre, "75.00");
        (await Officer(centre).PostAsJsonAsync("/v1/disbursement/batches", new { period = ThisMonth })).EnsureSuccessStatusCode();
        var whole = await (await Officer(centre).GetAsync("/v1/disbursement/ledger")).ReadAsync();
        var reversed = whole.GetProperty("entries").EnumerateArray().First(e => e.GetProperty("amount").GetString() == "300.00").GetProperty("entryId").GetString();
        (await Officer(centre).PostAsJsonAsync($"/v1/disbursement/entries/{reversed}:reverse", new { reason = "户籍迁出" })).EnsureSuccessStatusCode();

        var first = await (await Officer(centre).GetAsync("/v1/disbursement/ledger?pageSize=3")).ReadAsync();
        var second = await (await Officer(centre).GetAsync($"/v1/disbursement/ledger?pageSize=3&pageToken={first.GetProperty("nextPageToken").GetString()}")).ReadAsync();
        var badToken = await Officer(centre).GetAsync("/v1/disbursement/ledger?pageToken=not-a-token");

        var entries = new[] { first, second }.SelectMany(page => page.GetProperty("entries").EnumerateArray()).ToList();
        Assert.Equal((3, 1), (first.GetProperty("entries").GetArrayLength(), second.GetProperty("entries").GetArrayLength()));
        Assert.Equal(4, entries.Select(e => e.GetProperty("entryId").GetString()).Distinct().Count());
        Assert.Equal("-300.00", entries[^1].GetProperty("amount").GetString());
        Assert.Equal(string.Empty, second.GetProperty("nextPageToken").GetString());
        Assert.All(new[] { first, second }, page => Assert.Equal(("225.00", 4), (page.GetProperty("balance").GetString(), page.GetProperty("totalSize").GetInt32())));
        Assert.Equal(HttpStatusCode.BadRequest, badToken.StatusCode);
        Assert.Contains("pageToken", await badToken.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_service_cannot_edit_or_delete_the_ledger_even_with_raw_sql()
    {
        var centre = NewCentre();
        await ApproveAsync(centre, "75.00");
        (await Officer(centre).PostAsJsonAsync("/v1/disbursement/batches", new { period = ThisMonth })).EnsureSuccessStatusCode();
        await using var connection = await policyLaw.OpenAppConnectionAsync(centre);

        await Assert.ThrowsAsync<PostgresException>(async () =>
        {
            await using var command = new NpgsqlCommand("UPDATE ledger_entries SET amount = 9999", connection);
            await command.ExecuteNonQueryAsync();
        });
        await Assert.ThrowsAsync<PostgresException>(async () =>
        {
            await using var command = new NpgsqlCommand("DELETE FROM ledger_entries", connection);
            await command.ExecuteNonQueryAsync();
        });
    }

    [Theory]
    [InlineData("2026-13", HttpStatusCode.BadRequest)]
    [InlineData("next month", HttpStatusCode.BadRequest)]
    [InlineData("2099-01", HttpStatusCode.BadRequest)]
    public async Task A_batch_for_a_bad_or_future_period_is_refused(string period, HttpStatusCode expected)
    {
        var response = await Officer(NewCentre()).PostAsJsonAsync("/v1/disbursement/batches", new { period });

        Assert.Equal(expected, response.StatusCode);
    }

    [Theory]
    [InlineData("not,a,return,file")]
    [InlineData("7d0c1c8e-7e5a-4a53-8a35-5d6b6f1f8f10,paid,BANK1")]
    [InlineData("")]
    public async Task A_bad_bank_return_file_is_refused_and_changes_nothing(string content)
    {
        var centre = NewCentre();
        await ApproveAsync(centre, "75.00");
        var batch = await (await Officer(centre).PostAsJsonAsync("/v1/disbursement/batches", new { period = ThisMonth })).ReadAsync();
        var batchId = batch.GetProperty("batchId").GetString();
        (await policyLaw.ClientFor($"{centre}-director", Director, centre).PostAsJsonAsync($"/v1/disbursement/batches/{batchId}:approve", new { })).EnsureSuccessStatusCode();
        (await Officer(centre).PostAsJsonAsync($"/v1/disbursement/batches/{batchId}:export", new { })).EnsureSuccessStatusCode();

        var response = await Officer(centre).PostAsJsonAsync($"/v1/disbursement/batches/{batchId}:settle", new { content });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("exported", (await (await Officer(centre).GetAsync($"/v1/disbursement/batches/{batchId}")).ReadAsync()).GetProperty("status").GetString());
    }

    [Fact]
    public async Task A_negative_or_over_precise_amount_is_refused()
    {
        var reviewed = ApprovalFlow.Reviewed(NewCentre(), "elderly-allowance");
        await ApprovalFlow.ArriveAsync(policyLaw, reviewed);

        var negative = await Officer(reviewed.Tenant!).PostAsJsonAsync($"/v1/approvals/{reviewed.FileId}:approve", new { monthlyAmount = "-5.00" });
        var precise = await Officer(reviewed.Tenant!).PostAsJsonAsync($"/v1/approvals/{reviewed.FileId}:approve", new { monthlyAmount = "5.001" });

        Assert.Equal(HttpStatusCode.BadRequest, negative.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, precise.StatusCode);
        Assert.Equal("APPROVAL_STATUS_PENDING", (await (await Officer(reviewed.Tenant!).GetAsync($"/v1/approvals/{reviewed.FileId}")).ReadAsync()).GetProperty("status").GetString());
    }

    private static string NewCentre() => $"c{Guid.NewGuid():N}"[..12];

    private HttpClient Officer(string centre) => policyLaw.ClientFor("officer-1", PolicyLawFactory.PolicyOfficer, centre);

    private async Task PayeeAsync(string centre, Guid household) =>
        (await Officer(centre).PostAsJsonAsync("/v1/disbursement/payees", new { householdId = household, itemCode = "elderly-allowance", payeeName = "王秀英", account = "6222021234567890128" })).EnsureSuccessStatusCode();

    private async Task<Guid> ApproveAsync(string centre, string amount)
    {
        var reviewed = ApprovalFlow.Reviewed(centre, "elderly-allowance");
        await ApprovalFlow.ArriveAsync(policyLaw, reviewed);
        (await Officer(centre).PostAsJsonAsync($"/v1/approvals/{reviewed.FileId}:approve", new { monthlyAmount = amount })).EnsureSuccessStatusCode();
        return reviewed.HouseholdId!.Value;
    }
}
