using Grpc.Core;
using Npgsql;
using OneWindow.Notification.V1;

namespace OneWindow.Notification.Tests;

/// <summary>A resident's sign-in code goes out at once through the SMS provider, for the identity service alone.</summary>
public sealed class SignInCodeTests(NotificationFactory notification) : IClassFixture<NotificationFactory>
{
    private static readonly string[] IdentityService = ["identity-service"];

    [Fact]
    public async Task The_identity_service_has_a_code_texted_at_once_and_the_text_is_audited_with_the_number_masked()
    {
        var phone = NotificationFactory.NewPhone();

        var reply = await SendAsync(phone, "482910");

        var sent = Assert.Single(notification.Sms.Accepted, m => m.To == "+86" + phone);
        Assert.Contains("482910", sent.Text, StringComparison.Ordinal);
        Assert.Contains("5 分钟内有效", sent.Text, StringComparison.Ordinal);
        Assert.Equal(sent.SerialNo, reply.MessageId);
        Assert.Equal([("Done", phone[..3] + "****" + phone[^4..])], await AuditAsync(phone));
    }

    [Fact]
    public async Task A_provider_that_does_not_take_the_text_is_unavailable_and_a_malformed_number_or_code_is_invalid()
    {
        var phone = NotificationFactory.NewPhone();
        notification.Sms.FailNext("+86" + phone, 1, "RequestLimitExceeded");

        var down = await Assert.ThrowsAsync<RpcException>(() => SendAsync(phone, "123456"));
        var notANumber = await Assert.ThrowsAsync<RpcException>(() => SendAsync("1234", "123456"));
        var notACode = await Assert.ThrowsAsync<RpcException>(() => SendAsync(phone, "12ab56"));

        Assert.Equal(StatusCode.Unavailable, down.StatusCode);
        Assert.Equal(StatusCode.InvalidArgument, notANumber.StatusCode);
        Assert.Equal(StatusCode.InvalidArgument, notACode.StatusCode);
        Assert.Equal([("Denied", phone[..3] + "****" + phone[^4..])], await AuditAsync(phone));
    }

    [Theory]
    [InlineData("notification-service")]
    [InlineData("resident")]
    [InlineData("district-admin")]
    public async Task Nobody_but_the_identity_service_may_have_a_code_sent(string role)
    {
        var phone = NotificationFactory.NewPhone();

        var refused = await Assert.ThrowsAsync<RpcException>(() => SendAsync(phone, "123456", [role]));

        Assert.Equal(StatusCode.PermissionDenied, refused.StatusCode);
        Assert.DoesNotContain(notification.Sms.Accepted, m => m.To == "+86" + phone);
    }

    private async Task<SendSignInCodeReply> SendAsync(string phone, string code, string[]? roles = null) =>
        await new SignInCodes.SignInCodesClient(notification.CreateGrpcChannel()).SendSignInCodeAsync(
            new SendSignInCodeRequest { Phone = phone, Code = code, ValidMinutes = 5 },
            NotificationFactory.CallAs("identity", roles ?? IdentityService, tenant: null));

    private async Task<List<(string Outcome, string Subject)>> AuditAsync(string phone)
    {
        await using var connection = await notification.OpenAppConnectionAsync(centre: null, districtWide: true);
        await using var command = new NpgsqlCommand("SELECT outcome, subject_id FROM audit_records WHERE action = 'send-sign-in-code' AND subject_id = $1 ORDER BY id", connection)
        {
            Parameters = { new NpgsqlParameter { Value = phone[..3] + "****" + phone[^4..] } },
        };
        var rows = new List<(string, string)>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            rows.Add((reader.GetString(0), reader.GetString(1)));
        }

        return rows;
    }
}
