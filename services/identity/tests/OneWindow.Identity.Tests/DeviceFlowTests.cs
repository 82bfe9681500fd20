using System.Net;
using System.Text.Json;
using Microsoft.IdentityModel.JsonWebTokens;
using Npgsql;

namespace OneWindow.Identity.Tests;

/// <summary>
/// Kiosks, rating pads and hall displays sign in by the device flow (RFC 8628): the screen shows a code, the centre's
/// director approves it on the provider's page, and the device's next poll gets a machine identity of that centre.
/// </summary>
public sealed class DeviceFlowTests(IdentityFactory factory) : IClassFixture<IdentityFactory>
{
    private const string DeviceClient = "onewindow-device";
    private const string DeviceCodeGrant = "urn:ietf:params:oauth:grant-type:device_code";

    [Fact]
    public async Task A_rating_pad_approved_by_its_director_gets_a_token_of_its_centre_and_its_window_and_keeps_it_by_refresh()
    {
        var centre = IdentityFactory.NewCentre();
        var director = IdentityFactory.NewStaffId(centre);
        await factory.HireAndActivateAsync(centre, director, ["director"]);
        var (deviceCode, userCode) = await AskForCodeAsync();

        var (waiting, pending) = await PollAsync(deviceCode);
        var browser = new SignInBrowser(factory);
        await browser.SignInOnProviderAsync(director);
        var withoutWindow = await browser.ApproveDeviceAsync(userCode, "pad-02", "rating-pad");
        var approved = await browser.ApproveDeviceAsync(userCode, "pad-02", "rating-pad", window: "02");
        var (status, tokens) = await PollAsync(deviceCode);

        Assert.Equal(HttpStatusCode.BadRequest, waiting);
        Assert.Equal("authorization_pending", pending.GetProperty("error").GetString());
        Assert.Equal(HttpStatusCode.OK, withoutWindow.Status);
        Assert.Equal("评价器须绑定一个窗口号（1 至 3 位数字，例如 02）。", SignInBrowser.Refusal(withoutWindow.Body));
        Assert.Equal(HttpStatusCode.Redirect, approved.Status);
        Assert.Equal(HttpStatusCode.OK, status);
        AssertRatingPad(tokens.Str("access_token"), centre);

        var (refreshed, renewed) = await new SignInBrowser(factory).TokenAsync(new()
        {
            ["grant_type"] = "refresh_token",
            ["refresh_token"] = tokens.Str("refresh_token"),
            ["client_id"] = DeviceClient,
        });
        Assert.Equal(HttpStatusCode.OK, refreshed);
        AssertRatingPad(renewed.Str("access_token"), centre);
        Assert.Contains($"{centre}-pad-02", await ApprovalsAsync(centre));
    }

    [Fact]
    public async Task A_clerk_cannot_approve_a_device_so_its_code_never_gets_a_token_and_the_attempt_is_audited()
    {
        var centre = IdentityFactory.NewCentre();
        var clerk = IdentityFactory.NewStaffId(centre);
        await factory.HireAndActivateAsync(centre, clerk, ["clerk"]);
        var (deviceCode, userCode) = await AskForCodeAsync();

        var browser = new SignInBrowser(factory);
        await browser.SignInOnProviderAsync(clerk);
        var refused = await browser.ApproveDeviceAsync(userCode, "kiosk-01", "kiosk");
        var (status, answer) = await PollAsync(deviceCode);
        var unknown = await browser.GetAsync("/connect/verify?user_code=0000-0000");

        Assert.Equal(HttpStatusCode.OK, refused.Status);
        Assert.Equal("只有本中心主任可以批准设备登录。", SignInBrowser.Refusal(refused.Body));
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("authorization_pending", answer.GetProperty("error").GetString());
        Assert.Equal("该设备代码无效或已过期，请让设备重新显示代码。", SignInBrowser.Refusal(unknown.Body));
        Assert.Contains("not-a-centre-director", await DenialsAsync(centre));
    }

    private static void AssertRatingPad(string accessToken, string centre)
    {
        var token = new JsonWebToken(accessToken);
        Assert.Equal($"{centre}-pad-02", token.GetClaim("sub").Value);
        Assert.Equal("device", token.GetClaim("role").Value);
        Assert.Equal(centre, token.GetClaim("tenant").Value);
        Assert.Equal("rating-pad", token.GetClaim("device_kind").Value);
        Assert.Equal("02", token.GetClaim("window").Value);
    }

    private async Task<(string DeviceCode, string UserCode)> AskForCodeAsync()
    {
        using var response = await factory.CreateClient().PostAsync("/connect/device", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["client_id"] = DeviceClient,
            ["scope"] = "onewindow offline_access",
        }));
        var body = JsonSerializer.Deserialize<JsonElement>(await response.Content.ReadAsStringAsync());
        Assert.True(response.IsSuccessStatusCode, body.ToString());
        Assert.EndsWith("/connect/verify", body.Str("verification_uri"), StringComparison.Ordinal);
        return (body.Str("device_code"), body.Str("user_code"));
    }

    private async Task<(HttpStatusCode Status, JsonElement Body)> PollAsync(string deviceCode) =>
        await new SignInBrowser(factory).TokenAsync(new()
        {
            ["grant_type"] = DeviceCodeGrant,
            ["device_code"] = deviceCode,
            ["client_id"] = DeviceClient,
        });

    private Task<List<string>> ApprovalsAsync(string centre) => AuditAsync(centre, "SELECT subject_id FROM audit_records WHERE action = 'approve-device' AND outcome <> 'Denied'");

    private Task<List<string>> DenialsAsync(string centre) => AuditAsync(centre, "SELECT reason FROM audit_records WHERE action = 'approve-device' AND outcome = 'Denied'");

    private async Task<List<string>> AuditAsync(string centre, string sql)
    {
        await using var connection = await factory.OpenAppConnectionAsync(centre);
        await using var command = new NpgsqlCommand(sql, connection);
        var values = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            values.Add(reader.GetString(0));
        }

        return values;
    }
}
