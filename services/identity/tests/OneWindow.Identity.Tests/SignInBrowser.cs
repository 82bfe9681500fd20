using System.Collections.Concurrent;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.WebUtilities;
using OtpNet;

namespace OneWindow.Identity.Tests;

/// <summary>
/// What a browser and the console do in an authorization-code sign-in, step by step over HTTP: ask to authorize,
/// land on the sign-in page, post the form with its antiforgery token, follow the redirects back, and exchange the
/// code with the PKCE verifier. Nothing is short-circuited: the pages and endpoints are the provider's own.
/// </summary>
public sealed partial class SignInBrowser(IdentityFactory factory)
{
    public const string Password = "Window2026desk";

    // The authenticator apps of the workers whose roles need one: the key each enrolled, and the code last typed.
    private static readonly ConcurrentDictionary<string, string> Authenticators = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, string> LastCodes = new(StringComparer.Ordinal);

    private readonly HttpClient _browser = factory.NewBrowser();

    /// <summary>An answer of a page: its status, where it sends the browser, and its body.</summary>
    public sealed record PageAnswer(HttpStatusCode Status, Uri? Location, string Body);

    public string Verifier { get; } = Base64Url(RandomNumberGenerator.GetBytes(32));

    public string Challenge => Base64Url(SHA256.HashData(Encoding.ASCII.GetBytes(Verifier)));

    public async Task<PageAnswer> GetAsync(string url)
    {
        using var response = await _browser.GetAsync(url);
        return new PageAnswer(response.StatusCode, response.Headers.Location, await response.Content.ReadAsStringAsync());
    }

    public string AuthorizeUrl(string? redirect = null, bool pkce = true) =>
        QueryHelpers.AddQueryString("/connect/authorize", new Dictionary<string, string?>
        {
            ["client_id"] = IdentityFactory.ConsoleClient,
            ["response_type"] = "code",
            ["redirect_uri"] = redirect ?? IdentityFactory.ConsoleRedirect.ToString(),
            ["scope"] = "openid onewindow offline_access",
            ["state"] = "state-1",
            ["code_challenge"] = pkce ? Challenge : null,
            ["code_challenge_method"] = pkce ? "S256" : null,
        }.Where(p => p.Value is not null));

    /// <summary>
    /// Posts the sign-in form reached from the authorization request; the answer of the form itself, or of the
    /// second-factor page after it for the roles that need one.
    /// </summary>
    public async Task<PageAnswer> SignInAsync(string staffId, string password)
    {
        var answer = await PasswordStepAsync(staffId, password);
        return IsSecondFactorStep(answer) ? await PassSecondFactorAsync(staffId, answer.Location!.OriginalString) : answer;
    }

    /// <summary>The sign-in form alone, reached from the authorization request.</summary>
    public async Task<PageAnswer> PasswordStepAsync(string staffId, string password)
    {
        var authorize = await GetAsync(AuthorizeUrl());
        Assert.Equal(HttpStatusCode.Found, authorize.Status);
        var login = await GetAsync(authorize.Location!.PathAndQuery);
        Assert.Equal(HttpStatusCode.OK, login.Status);
        return await PostFormAsync(authorize.Location.PathAndQuery, login.Body, new() { ["StaffId"] = staffId, ["Password"] = password, ["ReturnUrl"] = ReturnUrlOf(authorize.Location) });
    }

    /// <summary>The code last given on the second-factor page for a worker.</summary>
    public static string LastCodeOf(string staffId) => LastCodes[staffId];

    /// <summary>The second-factor page: enrols the key it shows (the first time) and answers with the authenticator's current code.</summary>
    public async Task<PageAnswer> PassSecondFactorAsync(string staffId, string url, string? code = null)
    {
        var page = await GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, page.Status);
        if (EnrolmentKeyPattern().Match(page.Body) is { Success: true } shown)
        {
            Authenticators[staffId] = shown.Groups[1].Value;
        }

        code ??= new Totp(Base32Encoding.ToBytes(Authenticators[staffId])).ComputeTotp();
        LastCodes[staffId] = code;
        return await PostFormAsync(url, page.Body, new() { ["Code"] = code, ["ReturnUrl"] = QueryHelpers.ParseQuery(new Uri(new Uri("http://localhost"), url).Query).GetValueOrDefault("ReturnUrl").ToString() });
    }

    private static bool IsSecondFactorStep(PageAnswer answer) =>
        answer.Status == HttpStatusCode.Redirect && answer.Location!.OriginalString.StartsWith("/account/second-factor", StringComparison.Ordinal);

    /// <summary>Signs in and follows the redirects back to the console: the code it is handed.</summary>
    public async Task<string> CodeAsync(string staffId, string password)
    {
        var form = await SignInAsync(staffId, password);
        Assert.True(form.Status == HttpStatusCode.Redirect, $"The sign-in form answered {form.Status}: {Refusal(form.Body)}");
        var back = await GetAsync(form.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, back.Status);
        Assert.StartsWith(IdentityFactory.ConsoleRedirect.ToString(), back.Location!.ToString(), StringComparison.Ordinal);
        var query = QueryHelpers.ParseQuery(back.Location.Query);
        Assert.Equal("state-1", query["state"]);
        return query["code"]!;
    }

    /// <summary>The console's side: the code and the verifier for tokens (access, refresh, identity).</summary>
    public async Task<(HttpStatusCode Status, JsonElement Body)> ExchangeAsync(string code, string? verifier = null) =>
        await TokenAsync(new()
        {
            ["grant_type"] = "authorization_code",
            ["code"] = code,
            ["redirect_uri"] = IdentityFactory.ConsoleRedirect.ToString(),
            ["client_id"] = IdentityFactory.ConsoleClient,
            ["client_secret"] = IdentityFactory.ConsoleSecret,
            ["code_verifier"] = verifier ?? Verifier,
        });

    public async Task<(HttpStatusCode Status, JsonElement Body)> RefreshAsync(string refreshToken) =>
        await TokenAsync(new()
        {
            ["grant_type"] = "refresh_token",
            ["refresh_token"] = refreshToken,
            ["client_id"] = IdentityFactory.ConsoleClient,
            ["client_secret"] = IdentityFactory.ConsoleSecret,
        });

    public async Task<(HttpStatusCode Status, JsonElement Body)> TokenAsync(Dictionary<string, string> form)
    {
        using var response = await factory.CreateClient().PostAsync("/connect/token", new FormUrlEncodedContent(form));
        return (response.StatusCode, JsonSerializer.Deserialize<JsonElement>(await response.Content.ReadAsStringAsync()));
    }

    /// <summary>The whole sign-in: tokens for a worker with that password.</summary>
    public async Task<JsonElement> SignInForTokensAsync(string staffId, string password = Password)
    {
        var (status, tokens) = await ExchangeAsync(await CodeAsync(staffId, password));
        Assert.True(status == HttpStatusCode.OK, tokens.ToString());
        return tokens;
    }

    public async Task<PageAnswer> ActivateAsync(string staffId, string code, string password, string? confirmation = null)
    {
        var page = await GetAsync("/account/activate");
        return await PostFormAsync("/account/activate", page.Body, new()
        {
            ["StaffId"] = staffId,
            ["Code"] = code,
            ["Password"] = password,
            ["Confirmation"] = confirmation ?? password,
        });
    }

    /// <summary>Signs in on the provider's own page, as a director does before approving a device.</summary>
    public async Task SignInOnProviderAsync(string staffId, string password = Password)
    {
        var login = await GetAsync("/account/login");
        var answer = await PostFormAsync("/account/login", login.Body, new() { ["StaffId"] = staffId, ["Password"] = password, ["ReturnUrl"] = "/account" });
        if (IsSecondFactorStep(answer))
        {
            answer = await PassSecondFactorAsync(staffId, answer.Location!.OriginalString);
        }

        Assert.True(answer.Status == HttpStatusCode.Redirect, $"The sign-in form answered {answer.Status}: {Refusal(answer.Body)}");
    }

    /// <summary>The password page, filled in and sent (signed in on the provider first).</summary>
    public async Task<PageAnswer> ChangePasswordAsync(string current, string password)
    {
        var page = await GetAsync("/account/password");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        return await PostFormAsync("/account/password", page.Body, new() { ["Current"] = current, ["Password"] = password, ["Confirmation"] = password });
    }

    /// <summary>The approval page for the code a device shows, filled in and sent.</summary>
    public async Task<PageAnswer> ApproveDeviceAsync(string userCode, string number, string kind, string? window = null)
    {
        var page = await GetAsync($"/connect/verify?user_code={Uri.EscapeDataString(userCode)}");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        return await PostFormAsync("/connect/verify", page.Body, new()
        {
            ["user_code"] = userCode,
            ["Number"] = number,
            ["Kind"] = kind,
            ["Window"] = window ?? string.Empty,
        });
    }

    /// <summary>The refusal a page shows, as the person reads it.</summary>
    public static string? Refusal(string body) =>
        RefusalPattern().Match(body) is { Success: true } match ? WebUtility.HtmlDecode(match.Groups[1].Value) : null;

    private async Task<PageAnswer> PostFormAsync(string action, string pageBody, Dictionary<string, string> fields)
    {
        fields["__RequestVerificationToken"] = AntiforgeryPattern().Match(pageBody).Groups[1].Value;
        using var response = await _browser.PostAsync(action.Split('?')[0], new FormUrlEncodedContent(fields));
        return new PageAnswer(response.StatusCode, response.Headers.Location, await response.Content.ReadAsStringAsync());
    }

    private static string ReturnUrlOf(Uri loginLocation) => QueryHelpers.ParseQuery(loginLocation.Query)["ReturnUrl"]!;

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryPattern();

    [GeneratedRegex("<code class=\"secret\">([A-Z2-7]+)</code>")]
    private static partial Regex EnrolmentKeyPattern();

    [GeneratedRegex("<div class=\"refusal\" role=\"alert\">([^<]*)</div>")]
    private static partial Regex RefusalPattern();
}
