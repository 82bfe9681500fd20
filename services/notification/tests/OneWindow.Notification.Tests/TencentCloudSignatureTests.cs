using OneWindow.Notification.Channels;

namespace OneWindow.Notification.Tests;

/// <summary>
/// The TC3-HMAC-SHA256 signer against Tencent's own worked example ("Signature v3", Tencent Cloud API 3.0: CVM
/// DescribeInstances in ap-guangzhou, timestamp 1551113065): the published intermediate values and signatures are
/// the oracle, for both key pairs the documentation has printed over the years.
/// </summary>
public sealed class TencentCloudSignatureTests
{
    private const string Host = "cvm.tencentcloudapi.com";
    private const string ContentType = "application/json; charset=utf-8";
    private const string Payload = """{"Limit": 1, "Filters": [{"Values": ["\u672a\u547d\u540d"], "Name": "instance-name"}]}""";
    private const long Timestamp = 1551113065;

    [Fact]
    public void The_canonical_request_and_the_string_to_sign_are_those_of_tencents_worked_example()
    {
        var canonical = TencentCloudSignature.CanonicalRequest(Host, ContentType, Payload);

        Assert.Equal(
            "POST\n/\n\ncontent-type:application/json; charset=utf-8\nhost:cvm.tencentcloudapi.com\n\ncontent-type;host\n"
            + "35e9c5b0e3ae67532d3c9f17ead6c90222632e5b1ff7f6e89887f1398934f064",
            canonical);
        Assert.Equal(
            "TC3-HMAC-SHA256\n1551113065\n2019-02-25/cvm/tc3_request\n5ffe6a04c0664d6b969fab9a13bdab201d63ee709638e2749d62a09ca18d7031",
            TencentCloudSignature.StringToSign(Timestamp, "cvm", canonical));
    }

    [Theory]
    [InlineData("AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE", "Gu5t9xGARNpq86cd98joQYCN3EXAMPLE", "72e494ea809ad7a8c8f7a4507b9bddcbaa8e581f516e8da2f66e2c5a96525168")]
    [InlineData("AKIDz8krbsJ5yKBZQpn74WFkmLPx3*******", "Gu5t9xGARNpq86cd98joQYCN3*******", "2230eefd229f582d8b1b891af7107b91597240707d778ab3738f756258d7652c")]
    public void The_authorization_header_is_the_one_tencents_documentation_gives(string secretId, string secretKey, string signature)
    {
        var authorization = TencentCloudSignature.Authorization(secretId, secretKey, "cvm", Host, ContentType, Payload, Timestamp);

        Assert.Equal($"TC3-HMAC-SHA256 Credential={secretId}/2019-02-25/cvm/tc3_request, SignedHeaders=content-type;host, Signature={signature}", authorization);
        Assert.True(TencentCloudSignature.Verify(authorization, secretId, secretKey, "cvm", Host, ContentType, Payload, Timestamp));
    }

    [Fact]
    public void The_day_of_the_credential_is_the_utc_day_not_chinas()
    {
        // 1551113065 is 2019-02-26 00:44:25 in Shanghai: the scope still says the 25th, as Tencent's note warns.
        Assert.Equal("2019-02-25/sms/tc3_request", TencentCloudSignature.CredentialScope(Timestamp, "sms"));
    }

    [Fact]
    public void A_request_changed_after_signing_or_signed_with_another_key_does_not_verify()
    {
        var authorization = TencentCloudSignature.Authorization("AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE", "Gu5t9xGARNpq86cd98joQYCN3EXAMPLE", "cvm", Host, ContentType, Payload, Timestamp);

        Assert.False(TencentCloudSignature.Verify(authorization, "AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE", "another-key", "cvm", Host, ContentType, Payload, Timestamp));
        Assert.False(TencentCloudSignature.Verify(authorization, "AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE", "Gu5t9xGARNpq86cd98joQYCN3EXAMPLE", "cvm", Host, ContentType, Payload.Replace("1", "2", StringComparison.Ordinal), Timestamp));
        Assert.False(TencentCloudSignature.Verify(authorization, "AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE", "Gu5t9xGARNpq86cd98joQYCN3EXAMPLE", "cvm", Host, ContentType, Payload, Timestamp + 86_400));
    }
}
