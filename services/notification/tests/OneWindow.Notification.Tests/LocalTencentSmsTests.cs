using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OneWindow.Notification.Channels;
using OneWindow.Notification.Domain;
using OneWindow.Notification.Domain.Deliveries;

namespace OneWindow.Notification.Tests;

/// <summary>The local Tencent provider the run stack texts through: Tencent's protocol, checks and callback, a day file and a fault switch.</summary>
public sealed class LocalTencentSmsTests(LocalSmsFactory notification) : IClassFixture<LocalSmsFactory>
{
    [Fact]
    public async Task On_the_run_stack_a_text_is_written_to_the_day_file_with_the_number_masked_and_reported_delivered_by_callback()
    {
        var centre = NotificationFactory.NewCentre();
        var (_, _, fileId, phone) = await notification.AcceptedFileAsync(centre);

        await notification.PublishAsync(DeliveryTests.Returned(centre, fileId), "review");

        await notification.EventuallyAsync(centre, db => db.Deliveries.AnyAsync(d => d.FileId == fileId && d.Channel == Channel.Sms && d.Status == DeliveryStatus.Delivered));
        var sms = await notification.QueryAsync(centre, db => db.Deliveries.SingleAsync(d => d.FileId == fileId && d.Channel == Channel.Sms));
        var line = Assert.Single(DayLines(), l => l.Contains(sms.Id.ToString(), StringComparison.Ordinal));
        Assert.Equal([phone[..3] + "****" + phone[^4..], sms.Id.ToString(), sms.ProviderMessageId!], line.Split('\t')[1..4]);
        Assert.Contains("【杨浦区社区事务受理】您申请的最低生活保障年审需补正材料（第1次）。请携带：户口簿、家庭成员收入证明", line, StringComparison.Ordinal);
        Assert.DoesNotContain(phone, line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_local_provider_refuses_a_request_as_tencent_does_when_the_signature_the_key_or_the_clock_is_wrong()
    {
        var settings = new { Id = FakeTencentSms.SecretId, Key = FakeTencentSms.SecretKey };
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();

        var signed = await SendAsync(settings.Id, settings.Key, now);
        var otherKey = await SendAsync(settings.Id, "not-the-key", now);
        var otherId = await SendAsync("AKIDsomebodyelse", settings.Key, now);
        var stale = await SendAsync(settings.Id, settings.Key, now - 3_600);

        Assert.Equal("Ok", signed.GetProperty("SendStatusSet")[0].GetProperty("Code").GetString());
        Assert.Equal(
            ["AuthFailure.SignatureFailure", "AuthFailure.SecretIdNotFound", "AuthFailure.SignatureExpire"],
            [Code(otherKey), Code(otherId), Code(stale)]);
        Assert.All(new[] { otherKey, otherId, stale }, r => Assert.False(r.TryGetProperty("SendStatusSet", out var set) && set.ValueKind == JsonValueKind.Array));
    }

    [Fact]
    public async Task The_fault_switch_makes_the_local_provider_answer_tencents_error_until_it_is_removed_and_the_clerk_resends()
    {
        var centre = NotificationFactory.NewCentre();
        var (_, _, fileId, _) = await notification.AcceptedFileAsync(centre);
        Directory.CreateDirectory(notification.SmsFolder);
        var fault = Path.Combine(notification.SmsFolder, "fail");
        await File.WriteAllTextAsync(fault, "InternalError\n");
        try
        {
            await notification.PublishAsync(DeliveryTests.Returned(centre, fileId), "review");
            await notification.EventuallyAsync(centre, db => db.Deliveries.AnyAsync(d => d.FileId == fileId && d.Channel == Channel.Sms && d.Status == DeliveryStatus.Failed), seconds: 30);
        }
        finally
        {
            File.Delete(fault);
        }

        var failed = await notification.QueryAsync(centre, db => db.Deliveries.SingleAsync(d => d.FileId == fileId && d.Channel == Channel.Sms));
        Assert.Equal(3, failed.Attempts);
        Assert.Contains("Tencent InternalError", failed.LastError, StringComparison.Ordinal);
        Assert.DoesNotContain(DayLines(), l => l.Contains(failed.Id.ToString(), StringComparison.Ordinal));

        var resent = await notification.StaffOf(centre, "clerk-1", "clerk").PostAsJsonAsync($"/v1/deliveries/{failed.Id}:resend", new { }).OkAsync();

        var again = Guid.Parse(resent.Str("deliveryId"));
        await notification.EventuallyAsync(centre, db => db.Deliveries.AnyAsync(d => d.Id == again && d.Status == DeliveryStatus.Delivered));
        Assert.Single(DayLines(), l => l.Contains(again.ToString(), StringComparison.Ordinal));
    }

    private List<string> DayLines() =>
        Directory.Exists(notification.SmsFolder) ? [.. Directory.GetFiles(notification.SmsFolder, "sms-*.log").SelectMany(File.ReadLines)] : [];

    /// <summary>A SendSms of the sign-in code's template, signed with the given key pair at the given time, straight to the provider.</summary>
    private async Task<JsonElement> SendAsync(string secretId, string secretKey, long timestamp)
    {
        var template = notification.Services.GetRequiredService<SmsTemplates>().Find(SmsTemplates.SignInCode, "zh-CN")!;
        var payload = JsonSerializer.Serialize(
            new TencentSms.SendSmsRequest(["+86" + NotificationFactory.NewPhone()], FakeTencentSms.SmsSdkAppId, "杨浦区社区事务受理", template.TemplateId, ["123456", "5"], Guid.NewGuid().ToString()),
            TencentSms.Json);
        using var http = new HttpClient(notification.Services.GetRequiredService<LocalTencentSms>());
        using var request = new HttpRequestMessage(HttpMethod.Post, "https://sms.tencentcloudapi.com/") { Content = new StringContent(payload, Encoding.UTF8) };
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(TencentSms.ContentType);
        request.Headers.TryAddWithoutValidation("Authorization",
            TencentCloudSignature.Authorization(secretId, secretKey, TencentSms.Service, "sms.tencentcloudapi.com", TencentSms.ContentType, payload, timestamp));
        request.Headers.Add("X-TC-Action", TencentSms.Action);
        request.Headers.Add("X-TC-Version", TencentSms.Version);
        request.Headers.Add("X-TC-Timestamp", timestamp.ToString(CultureInfo.InvariantCulture));
        using var response = await http.SendAsync(request, TestContext.Current.CancellationToken);
        return (await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken)).GetProperty("Response");
    }

    private static string Code(JsonElement response) => response.GetProperty("Error").GetProperty("Code").GetString()!;
}
