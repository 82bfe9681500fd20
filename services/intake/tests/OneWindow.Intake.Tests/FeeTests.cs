using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.Configuration;
using Npgsql;

namespace OneWindow.Intake.Tests;

public sealed class FeeTests(IntakeFactory intake) : IClassFixture<IntakeFactory>
{
    private const string Payment = "WINDOW_TYPE_PAYMENT";

    [Fact]
    public async Task A_fee_is_paid_at_a_payment_window_with_its_receipt_number_audited_and_announced()
    {
        var (centre, clerk, residentId, _) = await intake.NewResidentAsync();
        var fileId = await IntakeFactory.AcceptInstantAsync(clerk, residentId);
        var cashier = await CashierAsync(centre);

        var response = await cashier.PostAsJsonAsync($"/v1/applications/{fileId}:pay", new { window = "08", amount = "380.00", method = "PAYMENT_METHOD_MOBILE_PAY", channel = "WeChat", receiptNumber = "SH2026-000123" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var paid = await response.ReadAsync();
        Assert.Equal("380.00", paid.Str("amount"));
        Assert.Equal("wechat", paid.Str("channel"));
        Assert.Equal("cashier-1", paid.Str("cashierStaffId"));
        Assert.Contains("微信支付", paid.Str("slip"), StringComparison.Ordinal);
        Assert.Contains("城乡居民医保缴费", paid.Str("slip"), StringComparison.Ordinal);
        var announced = (await intake.PublishedAsync("fee-paid", fileId)).Single();
        Assert.Equal(380.00m, announced.GetProperty("amount").GetDecimal());
        Assert.Equal("SH2026-000123", announced.GetProperty("receiptNumber").GetString());
        var file = await (await clerk.GetAsync($"/v1/applications/{fileId}")).ReadAsync();
        Assert.Equal("380.00", file.Str("feePaid"));
        Assert.Equal("SH2026-000123", file.Str("feeReceiptNumber"));
        Assert.Equal(1L, await CountAsync(centre, "SELECT count(*) FROM audit_records WHERE action = 'take-fee' AND subject_id = $1", fileId));
    }

    [Fact]
    public async Task Paying_the_same_file_twice_is_refused_and_nothing_more_is_recorded()
    {
        var (centre, clerk, residentId, _) = await intake.NewResidentAsync();
        var fileId = await IntakeFactory.AcceptInstantAsync(clerk, residentId);
        var cashier = await CashierAsync(centre);
        (await cashier.PostAsJsonAsync($"/v1/applications/{fileId}:pay", new { window = "08", amount = "25.00", method = "PAYMENT_METHOD_CASH", receiptNumber = "R-0001" })).EnsureSuccessStatusCode();

        var again = await cashier.PostAsJsonAsync($"/v1/applications/{fileId}:pay", new { window = "08", amount = "25.00", method = "PAYMENT_METHOD_CASH", receiptNumber = "R-0002" });

        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Contains("fee-already-paid", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(1L, await CountAsync(centre, "SELECT count(*) FROM fee_payments WHERE file_id::text = $1", fileId));
    }

    [Fact]
    public async Task A_receipt_number_is_recorded_once_in_a_centre()
    {
        var (centre, clerk, residentId, _) = await intake.NewResidentAsync();
        var first = await IntakeFactory.AcceptInstantAsync(clerk, residentId);
        var second = await IntakeFactory.AcceptInstantAsync(clerk, residentId);
        var cashier = await CashierAsync(centre);
        (await cashier.PostAsJsonAsync($"/v1/applications/{first}:pay", new { window = "08", amount = "25.00", method = "PAYMENT_METHOD_CASH", receiptNumber = "R-0100" })).EnsureSuccessStatusCode();

        var reused = await cashier.PostAsJsonAsync($"/v1/applications/{second}:pay", new { window = "08", amount = "25.00", method = "PAYMENT_METHOD_CASH", receiptNumber = "R-0100" });

        Assert.Equal(HttpStatusCode.Conflict, reused.StatusCode);
        Assert.Contains("receiptNumber", await reused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0", "PAYMENT_METHOD_CASH", "", "R-1", "amount")]
    [InlineData("0.00", "PAYMENT_METHOD_WAIVED", "", "R-1", "amount")]
    [InlineData("-5.00", "PAYMENT_METHOD_CASH", "", "R-1", "amount")]
    [InlineData("12.345", "PAYMENT_METHOD_CASH", "", "R-1", "amount")]
    [InlineData("十元", "PAYMENT_METHOD_CASH", "", "R-1", "amount")]
    [InlineData("100000.01", "PAYMENT_METHOD_CARD", "", "R-1", "amount")]
    [InlineData("25.00", "PAYMENT_METHOD_UNSPECIFIED", "", "R-1", "method")]
    [InlineData("25.00", "PAYMENT_METHOD_MOBILE_PAY", "", "R-1", "channel")]
    [InlineData("25.00", "PAYMENT_METHOD_MOBILE_PAY", "paypal", "R-1", "channel")]
    [InlineData("25.00", "PAYMENT_METHOD_CASH", "wechat", "R-1", "channel")]
    [InlineData("25.00", "PAYMENT_METHOD_CASH", "", "", "receiptNumber")]
    [InlineData("25.00", "PAYMENT_METHOD_CASH", "", "收据1", "receiptNumber")]
    public async Task A_bad_payment_is_refused_naming_the_field_and_nothing_is_recorded(string amount, string method, string channel, string receiptNumber, string field)
    {
        var (centre, clerk, residentId, _) = await intake.NewResidentAsync();
        var fileId = await IntakeFactory.AcceptInstantAsync(clerk, residentId);
        var cashier = await CashierAsync(centre);

        var response = await cashier.PostAsJsonAsync($"/v1/applications/{fileId}:pay", new { window = "08", amount, method, channel, receiptNumber });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains($"\"{field}\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(0L, await CountAsync(centre, "SELECT count(*) FROM fee_payments WHERE file_id::text = $1", fileId));
    }

    [Fact]
    public async Task A_fee_is_taken_only_by_the_cashier_sitting_at_an_open_payment_window()
    {
        var (centre, clerk, residentId, _) = await intake.NewResidentAsync();
        var fileId = await IntakeFactory.AcceptInstantAsync(clerk, residentId);
        (await clerk.PostAsJsonAsync("/v1/windows/02:open", new { type = "WINDOW_TYPE_COMPREHENSIVE" })).EnsureSuccessStatusCode();
        await CashierAsync(centre);
        var body = new { window = "02", amount = "25.00", method = "PAYMENT_METHOD_CASH", receiptNumber = "R-0200" };

        var atComprehensive = await clerk.PostAsJsonAsync($"/v1/applications/{fileId}:pay", body);
        var atSomeoneElsesWindow = await clerk.PostAsJsonAsync($"/v1/applications/{fileId}:pay", body with { window = "08" });
        var noSuchWindow = await clerk.PostAsJsonAsync($"/v1/applications/{fileId}:pay", body with { window = "77" });
        var byDevice = await intake.DeviceOf(centre).PostAsJsonAsync($"/v1/applications/{fileId}:pay", body with { window = "08" });

        Assert.Equal(HttpStatusCode.BadRequest, atComprehensive.StatusCode);
        Assert.Contains("not-a-payment-window", await atComprehensive.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, atSomeoneElsesWindow.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, noSuchWindow.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, byDevice.StatusCode);
        Assert.Equal(0L, await CountAsync(centre, "SELECT count(*) FROM fee_payments WHERE file_id::text = $1", fileId));
    }

    [Fact]
    public async Task A_cashier_of_another_centre_can_neither_pay_a_file_here_nor_read_its_takings()
    {
        var (centre, clerk, residentId, _) = await intake.NewResidentAsync();
        var fileId = await IntakeFactory.AcceptInstantAsync(clerk, residentId);
        var otherCentre = IntakeFactory.NewCentre();
        var stranger = await CashierAsync(otherCentre);

        var pay = await stranger.PostAsJsonAsync($"/v1/applications/{fileId}:pay", new { window = "08", amount = "25.00", method = "PAYMENT_METHOD_CASH", receiptNumber = "R-0300" });
        var takings = await stranger.SendAsync(new HttpRequestMessage(HttpMethod.Get, "/v1/takings") { Headers = { { "X-OneWindow-Centre", centre } } });

        Assert.Equal(HttpStatusCode.NotFound, pay.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, takings.StatusCode);
        Assert.Equal(0L, await CountAsync(centre, "SELECT count(*) FROM fee_payments", null));
    }

    [Fact]
    public async Task The_days_takings_are_reconciled_per_window_by_method_with_waivers_apart()
    {
        var (centre, clerk, residentId, _) = await intake.NewResidentAsync();
        var one = await CashierAsync(centre, "08", "cashier-1");
        var two = await CashierAsync(centre, "09", "cashier-2");
        var payments = new (HttpClient Cashier, string Window, string Amount, string Method, string Channel)[]
        {
            (one, "08", "10.00", "PAYMENT_METHOD_CASH", ""),
            (one, "08", "5.50", "PAYMENT_METHOD_CASH", ""),
            (one, "08", "20.00", "PAYMENT_METHOD_MOBILE_PAY", "wechat"),
            (one, "08", "15.00", "PAYMENT_METHOD_WAIVED", ""),
            (two, "09", "30.00", "PAYMENT_METHOD_MOBILE_PAY", "alipay"),
            (two, "09", "100.00", "PAYMENT_METHOD_CARD", ""),
        };
        var n = 0;
        foreach (var (cashier, window, amount, method, channel) in payments)
        {
            var fileId = await IntakeFactory.AcceptInstantAsync(clerk, residentId);
            (await cashier.PostAsJsonAsync($"/v1/applications/{fileId}:pay", new { window, amount, method, channel, receiptNumber = $"R-{++n:0000}" })).EnsureSuccessStatusCode();
        }

        var takings = await (await intake.ClientFor("director-1", ["director"], centre).GetAsync("/v1/takings")).ReadAsync();
        var till = await (await one.GetAsync("/v1/takings?window=08")).ReadAsync();

        Assert.Equal(6, takings.GetProperty("count").GetInt32());
        Assert.Equal("165.50", takings.Str("collected"));
        Assert.Equal("15.00", takings.Str("waived"));
        var windows = takings.GetProperty("windows").EnumerateArray().ToDictionary(w => w.Str("window"));
        Assert.Equal("35.50", windows["08"].Str("collected"));
        Assert.Equal("15.00", windows["08"].Str("waived"));
        Assert.Equal("130.00", windows["09"].Str("collected"));
        Assert.Equal(["cashier-2"], windows["09"].GetProperty("cashiers").EnumerateArray().Select(c => c.GetString()));
        var cash = windows["08"].GetProperty("byMethod").EnumerateArray().Single(m => m.Str("method") == "PAYMENT_METHOD_CASH");
        Assert.Equal(2, cash.GetProperty("count").GetInt32());
        Assert.Equal("15.50", cash.Str("amount"));
        var channels = takings.GetProperty("byMethod").EnumerateArray().Where(m => m.Str("method") == "PAYMENT_METHOD_MOBILE_PAY").ToDictionary(m => m.Str("channel"), m => m.Str("amount"));
        Assert.Equal("20.00", channels["wechat"]);
        Assert.Equal("30.00", channels["alipay"]);
        Assert.Equal(4, till.GetProperty("windows").EnumerateArray().Single().GetProperty("payments").GetArrayLength());
    }

    [Fact]
    public async Task A_payment_once_recorded_cannot_be_changed_by_the_service_itself()
    {
        var (centre, clerk, residentId, _) = await intake.NewResidentAsync();
        var fileId = await IntakeFactory.AcceptInstantAsync(clerk, residentId);
        (await (await CashierAsync(centre)).PostAsJsonAsync($"/v1/applications/{fileId}:pay", new { window = "08", amount = "25.00", method = "PAYMENT_METHOD_CASH", receiptNumber = "R-0400" })).EnsureSuccessStatusCode();

        await using var connection = await intake.OpenAppConnectionAsync(centre);
        await using var update = new NpgsqlCommand("UPDATE fee_payments SET amount = 0", connection);
        var refused = await Assert.ThrowsAsync<PostgresException>(() => update.ExecuteNonQueryAsync());

        Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, refused.SqlState);
    }

    private async Task<HttpClient> CashierAsync(string centre, string window = "08", string subject = "cashier-1")
    {
        var cashier = intake.ClerkOf(centre, subject);
        (await cashier.PostAsJsonAsync($"/v1/windows/{window}:open", new { type = Payment })).EnsureSuccessStatusCode();
        return cashier;
    }

    private async Task<long> CountAsync(string centre, string sql, string? parameter)
    {
        await using var connection = await intake.OpenAppConnectionAsync(centre);
        await using var command = new NpgsqlCommand(sql, connection);
        if (parameter is not null)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = parameter });
        }

        return (long)(await command.ExecuteScalarAsync())!;
    }
}

public sealed class PaymentChannelTests
{
    [Fact]
    public void Mobile_payment_channels_are_wechat_and_alipay_unless_configured_and_a_configured_list_replaces_them()
    {
        static IntakeOptions Bind(params (string Key, string Value)[] settings)
        {
            var options = new IntakeOptions();
            new ConfigurationBuilder()
                .AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value)))
                .Build().GetSection(IntakeOptions.Section).Bind(options);
            return options;
        }

        Assert.Equal(["wechat", "alipay"], Bind().MobileChannels);
        Assert.Equal(["unionpay"], Bind(("Intake:MobilePayChannels:0", "unionpay")).MobileChannels);
    }
}
