using System.Net;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;
using OneWindow.Common.Vocabulary;
using OneWindow.Events;
using OneWindow.DemoDistrict;
using OneWindow.ServiceDefaults;

namespace OneWindow.Identity.Tests;

/// <summary>Staff sign in on the provider's page with code + PKCE, and the tokens say what the HR register says.</summary>
public sealed class SignInTests(IdentityFactory factory) : IClassFixture<IdentityFactory>
{
    [Fact]
    public async Task A_clerk_signs_in_with_code_and_PKCE_and_gets_a_token_a_service_accepts_with_the_registers_roles_and_centre()
    {
        var centre = IdentityFactory.NewCentre();
        var clerk = IdentityFactory.NewStaffId(centre);
        await factory.HireAndActivateAsync(centre, clerk, ["clerk"]);

        var tokens = await new SignInBrowser(factory).SignInForTokensAsync(clerk);

        var token = await ValidateAsServiceAsync(tokens.Str("access_token"));
        Assert.Equal(clerk, token.GetClaim("sub").Value);
        Assert.Equal(["clerk"], token.Claims.Where(c => c.Type == "role").Select(c => c.Value));
        Assert.Equal(centre, token.GetClaim("tenant").Value);
        Assert.False(token.TryGetClaim("district", out _));
        Assert.False(string.IsNullOrEmpty(tokens.Str("refresh_token")));
        Assert.False(string.IsNullOrEmpty(tokens.Str("id_token")));
    }

    [Fact]
    public async Task A_code_without_the_right_PKCE_verifier_gives_no_token_and_a_request_without_a_challenge_is_refused()
    {
        var centre = IdentityFactory.NewCentre();
        var clerk = IdentityFactory.NewStaffId(centre);
        await factory.HireAndActivateAsync(centre, clerk, ["clerk"]);
        var browser = new SignInBrowser(factory);
        var code = await browser.CodeAsync(clerk, SignInBrowser.Password);

        var (status, body) = await browser.ExchangeAsync(code, verifier: new SignInBrowser(factory).Verifier);
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("invalid_grant", body.Str("error"));

        var withoutPkce = await browser.GetAsync(browser.AuthorizeUrl(pkce: false));
        Assert.Equal(HttpStatusCode.BadRequest, withoutPkce.Status);
    }

    [Fact]
    public async Task A_redirect_address_that_is_not_registered_is_refused_before_any_sign_in()
    {
        var browser = new SignInBrowser(factory);

        var answer = await browser.GetAsync(browser.AuthorizeUrl(redirect: "https://elsewhere.test/steal"));

        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.Null(answer.Location);
    }

    [Fact]
    public async Task A_wrong_password_and_an_unknown_number_get_the_same_words_and_both_are_audited_as_denied()
    {
        var centre = IdentityFactory.NewCentre();
        var clerk = IdentityFactory.NewStaffId(centre);
        await factory.HireAndActivateAsync(centre, clerk, ["clerk"]);
        var unknown = IdentityFactory.NewStaffId(centre);

        var wrong = await new SignInBrowser(factory).SignInAsync(clerk, "Not-the-password-1");
        var nobody = await new SignInBrowser(factory).SignInAsync(unknown, "Not-the-password-1");

        Assert.Equal(HttpStatusCode.OK, wrong.Status);
        Assert.Equal("工号或密码不正确。", SignInBrowser.Refusal(wrong.Body));
        Assert.Equal(SignInBrowser.Refusal(wrong.Body), SignInBrowser.Refusal(nobody.Body));
        Assert.Equal(["wrong-credentials"], await factory.DenialsAsync("sign-in", clerk));
        Assert.Equal(["unknown-account"], await factory.DenialsAsync("sign-in", unknown));
    }

    [Fact]
    public async Task A_changed_password_ends_the_sessions_elsewhere_and_only_the_new_one_signs_in()
    {
        var centre = IdentityFactory.NewCentre();
        var clerk = IdentityFactory.NewStaffId(centre);
        await factory.HireAndActivateAsync(centre, clerk, ["clerk"]);
        var elsewhere = await new SignInBrowser(factory).SignInForTokensAsync(clerk);
        var browser = new SignInBrowser(factory);
        await browser.SignInOnProviderAsync(clerk);
        const string NewPassword = "Counter2027window";

        var wrongCurrent = await browser.ChangePasswordAsync("Not-the-password-1", NewPassword);
        var changed = await browser.ChangePasswordAsync(SignInBrowser.Password, NewPassword);
        var (refresh, _) = await new SignInBrowser(factory).RefreshAsync(elsewhere.Str("refresh_token"));
        var oldPassword = await new SignInBrowser(factory).SignInAsync(clerk, SignInBrowser.Password);

        Assert.Equal("当前密码不正确。", SignInBrowser.Refusal(wrongCurrent.Body));
        Assert.Equal(HttpStatusCode.OK, changed.Status);
        Assert.Null(SignInBrowser.Refusal(changed.Body));
        Assert.Contains("密码已修改", changed.Body, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, refresh);
        Assert.Equal("工号或密码不正确。", SignInBrowser.Refusal(oldPassword.Body));
        Assert.NotEmpty((await new SignInBrowser(factory).SignInForTokensAsync(clerk, NewPassword)).Str("access_token"));
        Assert.Equal(["wrong-credentials"], await factory.DenialsAsync("change-password", clerk));
    }

    [Fact]
    public async Task A_director_enrols_an_authenticator_at_first_sign_in_and_a_wrong_or_reused_code_is_refused()
    {
        var centre = IdentityFactory.NewCentre();
        var director = IdentityFactory.NewStaffId(centre);
        await factory.HireAndActivateAsync(centre, director, ["director"]);

        var browser = new SignInBrowser(factory);
        var secondStep = (await browser.PasswordStepAsync(director, SignInBrowser.Password)).Location!.OriginalString;
        var wrong = await browser.PassSecondFactorAsync(director, secondStep, code: "000000");
        var enrolled = await browser.PassSecondFactorAsync(director, secondStep);
        var again = new SignInBrowser(factory);
        var secondTime = (await again.PasswordStepAsync(director, SignInBrowser.Password)).Location!.OriginalString;
        var reused = await again.PassSecondFactorAsync(director, secondTime, code: SignInBrowser.LastCodeOf(director));

        Assert.StartsWith("/account/second-factor", secondStep, StringComparison.Ordinal);
        Assert.Equal("动态口令不正确，请输入验证器当前显示的 6 位数字。", SignInBrowser.Refusal(wrong.Body));
        Assert.Equal(HttpStatusCode.Redirect, enrolled.Status);
        Assert.StartsWith("/connect/authorize", enrolled.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Equal("该动态口令已使用过，请等待验证器显示下一个口令。", SignInBrowser.Refusal(reused.Body));
        Assert.Equal(["wrong-second-factor", "second-factor-reused"], await factory.DenialsAsync("sign-in", director));
    }

    [Fact]
    public async Task A_member_of_staff_on_the_device_post_signs_in_as_staff_not_as_an_approved_device()
    {
        var centre = IdentityFactory.NewCentre();
        var worker = IdentityFactory.NewStaffId(centre);
        await factory.HireAndActivateAsync(centre, worker, ["device"]);

        var tokens = await new SignInBrowser(factory).SignInForTokensAsync(worker);
        var (refreshed, renewed) = await new SignInBrowser(factory).RefreshAsync(tokens.Str("refresh_token"));

        var token = await ValidateAsServiceAsync(tokens.Str("access_token"));
        Assert.Equal(worker, token.GetClaim("sub").Value);
        Assert.False(token.TryGetClaim("device_kind", out _));
        Assert.Equal(HttpStatusCode.OK, refreshed);
        Assert.Equal(worker, (await ValidateAsServiceAsync(renewed.Str("access_token"))).GetClaim("sub").Value);
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_so_that_even_the_right_one_is_refused()
    {
        var centre = IdentityFactory.NewCentre();
        var clerk = IdentityFactory.NewStaffId(centre);
        await factory.HireAndActivateAsync(centre, clerk, ["clerk"]);

        for (var attempt = 1; attempt <= 5; attempt++)
        {
            await new SignInBrowser(factory).SignInAsync(clerk, $"Wrong-password-{attempt}");
        }

        var right = await new SignInBrowser(factory).SignInAsync(clerk, SignInBrowser.Password);
        Assert.Equal(HttpStatusCode.OK, right.Status);
        Assert.StartsWith("密码错误次数过多，账号已锁定", SignInBrowser.Refusal(right.Body), StringComparison.Ordinal);
        var account = await factory.HrAdminOf(centre).GetAsync($"/v1/accounts/{clerk}").OkAsync();
        Assert.Equal("ACCOUNT_STATUS_LOCKED", account.Str("status"));
        Assert.Equal("account-locked", (await factory.DenialsAsync("sign-in", clerk))[^1]);
    }

    [Fact]
    public async Task A_change_of_post_changes_the_roles_of_the_next_token_and_a_worker_past_the_last_day_cannot_refresh()
    {
        var centre = IdentityFactory.NewCentre();
        var worker = IdentityFactory.NewStaffId(centre);
        await factory.HireAndActivateAsync(centre, worker, ["clerk"]);
        var browser = new SignInBrowser(factory);
        var tokens = await browser.SignInForTokensAsync(worker);

        await factory.PublishAsync(new StaffChanged { OccurredAt = TimeProvider.System.GetUtcNow(), Tenant = centre, StaffId = worker, Department = Department.FirstReview, Roles = ["reviewer"] });
        await factory.EventuallyAsync(factory.HrAdminOf(centre), $"/v1/accounts/{worker}", a => a.GetProperty("roles")[0].GetString() == "reviewer");
        var (refreshed, next) = await browser.RefreshAsync(tokens.Str("refresh_token"));
        Assert.Equal(HttpStatusCode.OK, refreshed);
        var token = await ValidateAsServiceAsync(next.Str("access_token"));
        Assert.Equal(["reviewer"], token.Claims.Where(c => c.Type == "role").Select(c => c.Value));

        await factory.PublishAsync(new StaffLeft { OccurredAt = TimeProvider.System.GetUtcNow(), Tenant = centre, StaffId = worker, LastDay = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-2) });
        await factory.EventuallyAsync(factory.HrAdminOf(centre), $"/v1/accounts/{worker}", a => a.Str("status") == "ACCOUNT_STATUS_CLOSED");
        var (afterLeaving, refusal) = await browser.RefreshAsync(next.Str("refresh_token"));
        Assert.Equal(HttpStatusCode.BadRequest, afterLeaving);
        Assert.Equal("invalid_grant", refusal.Str("error"));
    }

    [Fact]
    public async Task A_refresh_token_used_twice_is_refused_the_second_time_and_the_chain_it_began_is_revoked()
    {
        var centre = IdentityFactory.NewCentre();
        var clerk = IdentityFactory.NewStaffId(centre);
        await factory.HireAndActivateAsync(centre, clerk, ["clerk"]);
        var browser = new SignInBrowser(factory);
        var first = (await browser.SignInForTokensAsync(clerk)).Str("refresh_token");

        var (rotated, second) = await browser.RefreshAsync(first);
        var (replayed, replay) = await browser.RefreshAsync(first);
        var (afterReplay, _) = await browser.RefreshAsync(second.Str("refresh_token"));

        Assert.Equal(HttpStatusCode.OK, rotated);
        Assert.NotEqual(first, second.Str("refresh_token"));
        Assert.Equal(HttpStatusCode.BadRequest, replayed);
        Assert.Equal("invalid_grant", replay.Str("error"));
        Assert.Equal(HttpStatusCode.BadRequest, afterReplay);
    }

    [Fact]
    public async Task Notification_gets_its_service_role_by_client_credentials_and_no_centre()
    {
        var (status, tokens) = await new SignInBrowser(factory).TokenAsync(new()
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = "notification",
            ["client_secret"] = IdentityFactory.NotificationSecret,
            ["scope"] = "onewindow",
        });

        Assert.Equal(HttpStatusCode.OK, status);
        var token = await ValidateAsServiceAsync(tokens.Str("access_token"));
        Assert.Equal("notification", token.GetClaim("sub").Value);
        Assert.Equal(["notification-service"], token.Claims.Where(c => c.Type == "role").Select(c => c.Value));
        Assert.False(token.TryGetClaim("tenant", out _));
        Assert.False(token.TryGetClaim("district", out _));

        var (wrongSecret, _) = await new SignInBrowser(factory).TokenAsync(new()
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = "notification",
            ["client_secret"] = "guessed",
        });
        Assert.Equal(HttpStatusCode.Unauthorized, wrongSecret);
    }

    [Fact]
    public async Task Notification_acts_in_one_centre_with_that_centre_in_its_token_and_no_other_client_may()
    {
        var centre = IdentityFactory.NewCentre();
        Dictionary<string, string> Request(string client, string secret, string tenant) => new()
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = client,
            ["client_secret"] = secret,
            ["scope"] = "onewindow",
            ["tenant"] = tenant,
        };

        var (status, tokens) = await new SignInBrowser(factory).TokenAsync(Request("notification", IdentityFactory.NotificationSecret, centre));
        var (notACentre, _) = await new SignInBrowser(factory).TokenAsync(Request("notification", IdentityFactory.NotificationSecret, "../district"));
        var (notAllowed, _) = await new SignInBrowser(factory).TokenAsync(Request("reports", IdentityFactory.ReportsSecret, centre));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(centre, (await ValidateAsServiceAsync(tokens.Str("access_token"))).GetClaim("tenant").Value);
        Assert.Equal(HttpStatusCode.BadRequest, notACentre);
        Assert.Equal(HttpStatusCode.BadRequest, notAllowed);
    }

    [Fact]
    public async Task District_staff_carry_the_explicit_district_claim_and_no_tenant()
    {
        // District staff are on no centre's register: the demo district's are seeded with the demo password.
        await factory.SeedAsync();
        var districtAdmin = DemoDistrictGenerator.District.AllStaff.First(s => s.CentreCode is null && s.Roles.Contains(PlatformRoles.DistrictAdmin));

        var token = await ValidateAsServiceAsync((await new SignInBrowser(factory).SignInForTokensAsync(districtAdmin.StaffId, factory.Services.GetRequiredService<IConfiguration>()["Identity:DemoPassword"]!)).Str("access_token"));

        Assert.Equal("yangpu", token.GetClaim("district").Value);
        Assert.False(token.TryGetClaim("tenant", out _));
        Assert.Equal(PlatformRoles.DistrictAdmin, token.GetClaim("role").Value);
    }

    /// <summary>What a service's JWT bearer handler does: discovery, the published keys, issuer, audience and lifetime.</summary>
    private async Task<JsonWebToken> ValidateAsServiceAsync(string accessToken)
    {
        var retriever = new HttpDocumentRetriever(factory.CreateClient()) { RequireHttps = false };
        var configuration = await new ConfigurationManager<OpenIdConnectConfiguration>(
            "http://localhost/.well-known/openid-configuration", new OpenIdConnectConfigurationRetriever(), retriever).GetConfigurationAsync(CancellationToken.None);
        var result = await new JsonWebTokenHandler().ValidateTokenAsync(accessToken, new TokenValidationParameters
        {
            ValidIssuer = configuration.Issuer,
            ValidAudience = "onewindow",
            IssuerSigningKeys = configuration.SigningKeys,
        });
        Assert.True(result.IsValid, result.Exception?.Message);
        return (JsonWebToken)result.SecurityToken;
    }
}
