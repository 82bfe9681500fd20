using Grpc.Core;
using Microsoft.Extensions.Options;
using OneWindow.Common.Errors;
using OneWindow.Intake.V1;

namespace OneWindow.Identity.Application;

/// <summary>
/// intake's register, asked as this provider's own service identity whether a name and an ID number are one resident
/// of the district: the resident and centre, or null (intake says no more than that). Asked outside any transaction.
/// </summary>
public sealed class RealNameRegister(RealNames.RealNamesClient intake, IServiceTokens tokens, IOptions<ResidentSignInOptions> options, TimeProvider clock)
{
    public async Task<(Guid ResidentId, string Centre)?> MatchAsync(string name, string idNumber, Guid accountId, CancellationToken cancellationToken)
    {
        var headers = new Metadata { { "Authorization", "Bearer " + await tokens.TokenForAsync(centre: null, cancellationToken) } };
        MatchResidentReply reply;
        try
        {
            reply = await intake.MatchResidentAsync(
                new MatchResidentRequest { Name = name, IdNumber = idNumber, AccountId = accountId.ToString() },
                headers, (clock.GetUtcNow() + options.Value.CallTimeout).UtcDateTime, cancellationToken);
        }
        catch (RpcException exception) when (exception.StatusCode is not StatusCode.Cancelled)
        {
            throw new DependencyUnavailableException("register-unavailable", "暂时无法核验身份信息，请稍后再试。", exception);
        }

        return reply.Matched ? (Guid.Parse(reply.ResidentId), reply.Centre) : null;
    }
}
