using Grpc.Core;
using Microsoft.Extensions.Options;
using OneWindow.Common.Errors;
using OneWindow.Notification.V1;

namespace OneWindow.Identity.Application;

/// <summary>
/// The text with the code goes out through notification (which owns SMS), called as this provider's own service
/// identity while the resident waits on the page; a notification that does not answer in time is "try again".
/// </summary>
public sealed class SignInCodeSender(SignInCodes.SignInCodesClient notification, IServiceTokens tokens, IOptions<ResidentSignInOptions> options, TimeProvider clock)
{
    public async Task SendAsync(string phone, string code, TimeSpan lifetime, CancellationToken cancellationToken)
    {
        var headers = new Metadata { { "Authorization", "Bearer " + await tokens.TokenForAsync(centre: null, cancellationToken) } };
        try
        {
            await notification.SendSignInCodeAsync(
                new SendSignInCodeRequest { Phone = phone, Code = code, ValidMinutes = (int)lifetime.TotalMinutes },
                headers, (clock.GetUtcNow() + options.Value.CallTimeout).UtcDateTime, cancellationToken);
        }
        catch (RpcException exception) when (exception.StatusCode is not StatusCode.Cancelled)
        {
            throw new DependencyUnavailableException("sms-not-sent", "验证码短信发送失败，请稍后重新获取。", exception);
        }
    }
}
