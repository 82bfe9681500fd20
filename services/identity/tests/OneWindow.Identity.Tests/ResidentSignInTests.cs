using System.Net;
using Microsoft.IdentityModel.JsonWebTokens;
using Npgsql;
using OneWindow.Common.Identity;

namespace OneWindow.Identity.Tests;

/// <summary>Residents sign in with their mobile number and a texted code, and bind their account to their record once.</summary>
public sealed class ResidentSignInTests(IdentityFactory factory) : IClassFixture<IdentityFactory>
{
    [Fact]
    public async Task A_resident_signs_in_by_SMS_code_through_code_and_PKCE_and_the_first_code_opens_an_account_with_the_number_encrypted()
    {
        var phone = ResidentBrowser.NewPhone();

        var tokens = await new ResidentBrowser(factory).SignInForTokensAsync(phone);

        var token = new JsonWebToken(tokens.Str("access_token"));
        var account = token.GetClaim("resident_account").Value;
        Assert.Equal(account, token.GetClaim("sub").Value);
        Assert.Equal(["resident"], token.Claims.Where(c => c.Type == "role").Select(c => c.Value));
        Assert.False(token.TryGetClaim("tenant", out _));
        Assert.All(factory.Residents.CallerRoles, roles => Assert.Equal(["identity-service"], roles));
        var (phoneProtected, phoneIndex) = await StoredNumberAsync(account);
        Assert.DoesNotContain(phone, phoneProtected, StringComparison.Ordinal);
        Assert.DoesNotContain(phone, phoneIndex, StringComparison.Ordinal);

        var again = await new ResidentBrowser(factory).SignInForTokensAsync(phone);
        Assert.Equal(account, new JsonWebToken(again.Str("access_token")).GetClaim("sub").Value);
        var (refreshed, renewed) = await new SignInBrowser(factory).RefreshAsync(again.Str("refresh_token"));
        Assert.Equal(HttpStatusCode.OK, refreshed);
        Assert.Equal(account, new JsonWebToken(renewed.Str("access_token")).GetClaim("resident_account").Value);
    }

    [Fact]
    public async Task The_staff_sign_in_page_leads_a_resident_to_the_SMS_page()
    {
        var browser = new SignInBrowser(factory);
        var authorize = await browser.GetAsync(browser.AuthorizeUrl());
        var login = await browser.GetAsync(authorize.Location!.PathAndQuery);

        Assert.Contains("居民用手机号登录", WebUtility.HtmlDecode(login.Body), StringComparison.Ordinal);
        Assert.Contains("href=\"/account/resident?returnUrl=", login.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Binding_with_the_right_name_binds_once_and_the_next_token_carries_the_register_id_and_centre()
    {
        var (phone, idNumber, residentId, centre) = Registered("钟梓慧");
        var browser = new ResidentBrowser(factory);
        var tokens = await browser.SignInForTokensAsync(phone);
        var account = new JsonWebToken(tokens.Str("access_token")).GetClaim("sub").Value;

        var bound = await browser.BindAsync("钟梓慧", idNumber);
        var (refreshed, renewed) = await new SignInBrowser(factory).RefreshAsync(tokens.Str("refresh_token"));
        var afterwards = await browser.GetAsync("/account/bind");

        Assert.Equal(HttpStatusCode.OK, bound.Status);
        Assert.Null(SignInBrowser.Refusal(bound.Body));
        Assert.Contains("您的账号已完成实名认证", bound.Body, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, refreshed);
        var token = new JsonWebToken(renewed.Str("access_token"));
        Assert.Equal(residentId.ToString(), token.GetClaim("sub").Value);
        Assert.Equal(centre, token.GetClaim("tenant").Value);
        Assert.Equal(account, token.GetClaim("resident_account").Value);
        Assert.Equal(["resident"], token.Claims.Where(c => c.Type == "role").Select(c => c.Value));
        // Bound for good: the page offers no form to bind again (and the account refuses it, Domain/ResidentAccountTests).
        Assert.Contains("您的账号已完成实名认证", WebUtility.HtmlDecode(afterwards.Body), StringComparison.Ordinal);
        Assert.DoesNotContain("name=\"IdNumber\"", afterwards.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_wrong_name_does_not_bind_and_reads_exactly_as_a_number_the_register_does_not_know()
    {
        var (phone, idNumber, _, _) = Registered("邓萱萱");
        var browser = new ResidentBrowser(factory);
        var account = new JsonWebToken((await browser.SignInForTokensAsync(phone)).Str("access_token")).GetClaim("sub").Value;

        var wrongName = await browser.BindAsync("邓萱", idNumber);
        var unknownNumber = await browser.BindAsync("邓萱萱", NewIdNumber());

        Assert.Equal("姓名与身份证号码不一致，或未在本区登记。请核对后重试。", SignInBrowser.Refusal(wrongName.Body));
        Assert.Equal(SignInBrowser.Refusal(wrongName.Body), SignInBrowser.Refusal(unknownNumber.Body));
        Assert.Equal(wrongName.Status, unknownNumber.Status);
        Assert.Null(await BoundResidentAsync(account));
        Assert.Equal(["real-name-not-matched", "real-name-not-matched"], await factory.DenialsAsync("bind-real-name", account));
    }

    [Fact]
    public async Task Somebody_elses_ID_number_already_bound_to_their_account_reads_as_a_mismatch_and_binds_nothing()
    {
        var (phone, idNumber, _, _) = Registered("沈超萱");
        var owner = new ResidentBrowser(factory);
        await owner.SignInForTokensAsync(phone);
        await owner.BindAsync("沈超萱", idNumber);
        var other = new ResidentBrowser(factory);
        var otherAccount = new JsonWebToken((await other.SignInForTokensAsync(ResidentBrowser.NewPhone())).Str("access_token")).GetClaim("sub").Value;

        var taken = await other.BindAsync("沈超萱", idNumber);

        Assert.Equal("姓名与身份证号码不一致，或未在本区登记。请核对后重试。", SignInBrowser.Refusal(taken.Body));
        Assert.Null(await BoundResidentAsync(otherAccount));
        Assert.Equal(["record-taken"], await factory.DenialsAsync("bind-real-name", otherAccount));
    }

    [Fact]
    public async Task Five_wrong_names_in_a_row_stop_binding_for_a_day_even_with_the_right_one()
    {
        var (phone, idNumber, _, _) = Registered("许娟刚");
        var browser = new ResidentBrowser(factory);
        var account = new JsonWebToken((await browser.SignInForTokensAsync(phone)).Str("access_token")).GetClaim("sub").Value;

        for (var attempt = 1; attempt <= 5; attempt++)
        {
            await browser.BindAsync($"许娟{attempt}", idNumber);
        }

        var right = await browser.BindAsync("许娟刚", idNumber);

        Assert.StartsWith("实名认证失败次数过多", SignInBrowser.Refusal(right.Body), StringComparison.Ordinal);
        Assert.Null(await BoundResidentAsync(account));
        Assert.Equal("binding-locked", (await factory.DenialsAsync("bind-real-name", account))[^1]);
    }

    [Theory]
    [InlineData("12345", null, "请输入正确的 11 位手机号码。")]
    [InlineData(null, "31011019811230060X", "请输入正确的 18 位居民身份证号码。")]
    [InlineData(null, "3101101981", "请输入正确的 18 位居民身份证号码。")]
    public async Task A_malformed_number_or_ID_number_is_refused_on_the_page_and_nothing_is_sent_or_bound(string? phone, string? idNumber, string refusal)
    {
        var browser = new ResidentBrowser(factory);
        if (phone is not null)
        {
            var page = await browser.AskForCodeAsync(phone);
            Assert.Equal(refusal, SignInBrowser.Refusal(page.Body));
            Assert.Equal(0, factory.Residents.TextsTo(phone));
            return;
        }

        var account = new JsonWebToken((await browser.SignInForTokensAsync(ResidentBrowser.NewPhone())).Str("access_token")).GetClaim("sub").Value;
        var answer = await browser.BindAsync("王建国", idNumber!);
        Assert.Equal(refusal, SignInBrowser.Refusal(answer.Body));
        Assert.Null(await BoundResidentAsync(account));
        Assert.Equal(["invalid-id-number"], await factory.DenialsAsync("bind-real-name", account));
    }

    [Fact]
    public async Task A_code_takes_five_wrong_tries_and_is_then_dead_even_for_the_right_one()
    {
        var phone = ResidentBrowser.NewPhone();
        var browser = new ResidentBrowser(factory);
        await browser.AskForCodeAsync(phone);
        var code = factory.Residents.LastCodeTo(phone);
        var wrong = code == "000000" ? "111111" : "000000";

        var first = await browser.TypeCodeAsync(phone, wrong);
        for (var attempt = 2; attempt <= 4; attempt++)
        {
            await browser.TypeCodeAsync(phone, wrong);
        }

        var fifth = await browser.TypeCodeAsync(phone, wrong);
        var right = await browser.TypeCodeAsync(phone, code);

        Assert.Equal("验证码不正确，还可以再试 4 次。", SignInBrowser.Refusal(first.Body));
        Assert.Equal("验证码错误次数过多，已失效，请重新获取验证码。", SignInBrowser.Refusal(fifth.Body));
        Assert.Equal(HttpStatusCode.OK, right.Status);
        Assert.Equal("验证码无效或已过期，请重新获取验证码。", SignInBrowser.Refusal(right.Body));
        var masked = phone[..3] + "****" + phone[^4..];
        Assert.Equal(["wrong-code", "wrong-code", "wrong-code", "wrong-code", "code-exhausted", "code-invalid"], await factory.DenialsAsync("sign-in", masked));
        Assert.Equal(0, await AccountsOfAsync(phone));
    }

    [Fact]
    public async Task A_code_that_signed_in_once_is_refused_the_second_time()
    {
        var phone = ResidentBrowser.NewPhone();
        var browser = new ResidentBrowser(factory);
        await browser.AskForCodeAsync(phone);
        var code = factory.Residents.LastCodeTo(phone);

        var first = await browser.TypeCodeAsync(phone, code);
        var reused = await new ResidentBrowser(factory).TypeCodeAsync(phone, code);

        Assert.Equal(HttpStatusCode.Redirect, first.Status);
        Assert.Equal(HttpStatusCode.OK, reused.Status);
        Assert.Equal("验证码无效或已过期，请重新获取验证码。", SignInBrowser.Refusal(reused.Body));
    }

    [Fact]
    public async Task A_number_gets_five_codes_an_hour_and_the_sixth_is_refused_without_a_text()
    {
        var phone = ResidentBrowser.NewPhone();

        for (var code = 1; code <= 5; code++)
        {
            var sent = await new ResidentBrowser(factory).AskForCodeAsync(phone);
            Assert.Null(SignInBrowser.Refusal(sent.Body));
        }

        var sixth = await new ResidentBrowser(factory).AskForCodeAsync(phone);

        Assert.Equal("该手机号获取验证码次数过多（每小时最多 5 次），请稍后再试。", SignInBrowser.Refusal(sixth.Body));
        Assert.Equal(5, factory.Residents.TextsTo(phone));
        Assert.Equal(["too-many-codes-for-number"], await factory.DenialsAsync("send-sign-in-code", phone[..3] + "****" + phone[^4..]));
    }

    [Fact]
    public async Task One_address_gets_twenty_codes_an_hour_whatever_the_numbers()
    {
        var address = ResidentBrowser.NewAddress();
        for (var code = 1; code <= 20; code++)
        {
            var sent = await new ResidentBrowser(factory, address).AskForCodeAsync(ResidentBrowser.NewPhone());
            Assert.Null(SignInBrowser.Refusal(sent.Body));
        }

        var phone = ResidentBrowser.NewPhone();
        var refused = await new ResidentBrowser(factory, address).AskForCodeAsync(phone);
        var elsewhere = await new ResidentBrowser(factory).AskForCodeAsync(phone);

        Assert.Equal("您所在的网络获取验证码次数过多，请稍后再试。", SignInBrowser.Refusal(refused.Body));
        Assert.Null(SignInBrowser.Refusal(elsewhere.Body));
        Assert.Equal(1, factory.Residents.TextsTo(phone));
    }

    /// <summary>A resident on the register (the stand-in's), with a number of their own.</summary>
    private (string Phone, string IdNumber, Guid ResidentId, string Centre) Registered(string name)
    {
        var idNumber = NewIdNumber();
        var residentId = Guid.NewGuid();
        var centre = IdentityFactory.NewCentre();
        factory.Residents.Register[(name, idNumber)] = (residentId, centre);
        return (ResidentBrowser.NewPhone(), idNumber, residentId, centre);
    }

    /// <summary>A valid GB 11643 number nobody else in the run has (a random birth day and sequence).</summary>
    private static string NewIdNumber() =>
        ResidentIdNumber.Compose("310110", new DateOnly(1950, 1, 1).AddDays(Random.Shared.Next(0, 20_000)), Random.Shared.Next(0, 1000));

    private async Task<(string PhoneProtected, string PhoneIndex)> StoredNumberAsync(string accountId)
    {
        await using var connection = new NpgsqlConnection(factory.AppConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT phone_protected, phone_index FROM resident_accounts WHERE id = $1", connection)
        {
            Parameters = { new NpgsqlParameter { Value = Guid.Parse(accountId) } },
        };
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());
        return (reader.GetString(0), reader.GetString(1));
    }

    private async Task<Guid?> BoundResidentAsync(string accountId)
    {
        await using var connection = new NpgsqlConnection(factory.AppConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT resident_id FROM resident_accounts WHERE id = $1", connection)
        {
            Parameters = { new NpgsqlParameter { Value = Guid.Parse(accountId) } },
        };
        return await command.ExecuteScalarAsync() is Guid id ? id : null;
    }

    private async Task<long> AccountsOfAsync(string phone)
    {
        // An account is found by the number's keyed hash only: count the openings audited under the number masked.
        await using var connection = await factory.OpenAppConnectionAsync(centre: null, districtWide: true);
        await using var command = new NpgsqlCommand("SELECT count(*) FROM audit_records WHERE action = 'open-resident-account' AND reason = $1", connection)
        {
            Parameters = { new NpgsqlParameter { Value = phone[..3] + "****" + phone[^4..] } },
        };
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
