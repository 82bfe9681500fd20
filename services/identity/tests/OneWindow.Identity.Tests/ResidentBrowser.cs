using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.WebUtilities;

namespace OneWindow.Identity.Tests;

/// <summary>
/// What a resident's browser and a residents' application do: ask to authorize (for the SMS sign-in), land on the
/// resident page, ask for a code, type what the text said, follow the redirects back, exchange the code with the PKCE
/// verifier; and bind by real name on the provider's page. Each browser comes from an address of its own, named in
/// <c>X-Forwarded-For</c> as the gateway names it.
/// </summary>
public sealed partial class ResidentBrowser
{
    private readonly IdentityFactory _factory;
    private readonly HttpClient _browser;

    public ResidentBrowser(IdentityFactory factory, string? address = null)
    {
        _factory = factory;
        _browser = factory.NewBrowser();
        Address = address ?? NewAddress();
        _browser.DefaultRequestHeaders.Add("X-Forwarded-For", Address);
    }

    public string Address { get; }

    public string Verifier { get; } = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    /// <summary>A mobile number nobody else in the test run uses.</summary>
    public static string NewPhone() => $"139{RandomNumberGenerator.GetInt32(0, 100_000_000):D8}";

    public static string NewAddress() => $"10.{RandomNumberGenerator.GetInt32(0, 256)}.{RandomNumberGenerator.GetInt32(0, 256)}.{RandomNumberGenerator.GetInt32(1, 255)}";

    public string AuthorizeUrl() =>
        QueryHelpers.AddQueryString("/connect/authorize", new Dictionary<string, string?>
        {
            ["client_id"] = IdentityFactory.ConsoleClient,
            ["response_type"] = "code",
            ["redirect_uri"] = IdentityFactory.ConsoleRedirect.ToString(),
            ["scope"] = "openid onewindow offline_access",
            ["state"] = "state-r",
            ["acr_values"] = "urn:onewindow:acr:resident-sms",
            ["code_challenge"] = Convert.ToBase64String(SHA256.HashData(Encoding.ASCII.GetBytes(Verifier))).TrimEnd('=').Replace('+', '-').Replace('/', '_'),
            ["code_challenge_method"] = "S256",
        });

    public async Task<SignInBrowser.PageAnswer> GetAsync(string url)
    {
        using var response = await _browser.GetAsync(url);
        return new SignInBrowser.PageAnswer(response.StatusCode, response.Headers.Location, await response.Content.ReadAsStringAsync());
    }

    /// <summary>The resident page, asked for a code to <paramref name="phone"/>.</summary>
    public async Task<SignInBrowser.PageAnswer> AskForCodeAsync(string phone, string? returnUrl = null) =>
        await PostResidentAsync(new() { ["Phone"] = phone, ["Step"] = "send", ["ReturnUrl"] = returnUrl ?? string.Empty });

    /// <summary>The resident page, given a code for <paramref name="phone"/>.</summary>
    public async Task<SignInBrowser.PageAnswer> TypeCodeAsync(string phone, string code, string? returnUrl = null) =>
        await PostResidentAsync(new() { ["Phone"] = phone, ["Code"] = code, ["Step"] = "verify", ["ReturnUrl"] = returnUrl ?? string.Empty });

    /// <summary>The whole sign-in from the authorization request: the code the application is handed.</summary>
    public async Task<string> SignInForCodeAsync(string phone)
    {
        var authorize = await GetAsync(AuthorizeUrl());
        Assert.Equal(HttpStatusCode.Redirect, authorize.Status);
        Assert.StartsWith("/account/resident", authorize.Location!.OriginalString, StringComparison.Ordinal);
        var returnUrl = QueryHelpers.ParseQuery(new Uri(new Uri("http://localhost"), authorize.Location).Query)["ReturnUrl"].ToString();
        var sent = await AskForCodeAsync(phone, returnUrl);
        Assert.True(sent.Status == HttpStatusCode.OK && SignInBrowser.Refusal(sent.Body) is null, $"Asking for a code: {SignInBrowser.Refusal(sent.Body)}");
        var signedIn = await TypeCodeAsync(phone, _factory.Residents.LastCodeTo(phone), returnUrl);
        Assert.True(signedIn.Status == HttpStatusCode.Redirect, $"The code page answered {signedIn.Status}: {SignInBrowser.Refusal(signedIn.Body)}");
        var back = await GetAsync(signedIn.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, back.Status);
        Assert.StartsWith(IdentityFactory.ConsoleRedirect.ToString(), back.Location!.ToString(), StringComparison.Ordinal);
        return QueryHelpers.ParseQuery(back.Location.Query)["code"]!;
    }

    public async Task<(HttpStatusCode Status, JsonElement Body)> ExchangeAsync(string code) =>
        await new SignInBrowser(_factory).TokenAsync(new()
        {
            ["grant_type"] = "authorization_code",
            ["code"] = code,
            ["redirect_uri"] = IdentityFactory.ConsoleRedirect.ToString(),
            ["client_id"] = IdentityFactory.ConsoleClient,
            ["client_secret"] = IdentityFactory.ConsoleSecret,
            ["code_verifier"] = Verifier,
        });

    /// <summary>Signed in by SMS from the authorization request, and the tokens.</summary>
    public async Task<JsonElement> SignInForTokensAsync(string phone)
    {
        var (status, tokens) = await ExchangeAsync(await SignInForCodeAsync(phone));
        Assert.True(status == HttpStatusCode.OK, tokens.ToString());
        return tokens;
    }

    /// <summary>The binding page, filled in and sent (signed in first).</summary>
    public async Task<SignInBrowser.PageAnswer> BindAsync(string name, string idNumber)
    {
        var page = await GetAsync("/account/bind");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        return await PostFormAsync("/account/bind", page.Body, new() { ["Name"] = name, ["IdNumber"] = idNumber });
    }

    private async Task<SignInBrowser.PageAnswer> PostResidentAsync(Dictionary<string, string> fields)
    {
        var page = await GetAsync("/account/resident");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        return await PostFormAsync("/account/resident", page.Body, fields);
    }

    private async Task<SignInBrowser.PageAnswer> PostFormAsync(string action, string pageBody, Dictionary<string, string> fields)
    {
        fields["__RequestVerificationToken"] = AntiforgeryPattern().Match(pageBody).Groups[1].Value;
        using var response = await _browser.PostAsync(action, new FormUrlEncodedContent(fields));
        return new SignInBrowser.PageAnswer(response.StatusCode, response.Headers.Location, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryPattern();
}
