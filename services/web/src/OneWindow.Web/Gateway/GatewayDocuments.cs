using System.Net.Http.Headers;
using Grpc.Core;
using OneWindow.Tenancy;

namespace OneWindow.Web.Gateway;

/// <summary>
/// Files a service serves as a plain endpoint beside its API (hr-payroll's bank file of a payroll run), fetched through
/// the gateway with the circuit's user's token and the centre a district user names, so the service decides who may
/// have one and audits every export as for any other client. The page hands the bytes to the browser as every console
/// download goes (docs/adr/0019). A refusal is the <see cref="RpcException"/> a gRPC call would raise, so
/// <c>PageAction</c> says it in Chinese the same way.
/// </summary>
public sealed class GatewayDocuments(HttpClient http, IGatewayCredentials credentials)
{
    /// <param name="path">The gateway's address of the file, e.g. <c>/api/hr-payroll/v1/payroll-runs/{id}/bank-file</c>.</param>
    /// <param name="centre">The centre a district user acts on; null for centre staff (their token says which).</param>
    /// <param name="fallbackName">The file's name when the service gives none.</param>
    /// <param name="cancellationToken">Ends the fetch when the circuit goes.</param>
    public async Task<GatewayDocument> GetAsync(string path, string? centre, string fallbackName, CancellationToken cancellationToken = default)
    {
        var token = await credentials.AccessTokenAsync(cancellationToken)
            ?? throw new RpcException(new Status(StatusCode.Unauthenticated, "The session has ended: sign in again."));
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        if (centre is not null)
        {
            request.Headers.Add(PlatformClaims.CentreHeader, centre);
        }

        using var response = await http.SendAsync(request, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw new RpcException(new Status(GatewayCallInvoker.GrpcStatusOf(response.StatusCode), $"The gateway answered {(int)response.StatusCode}."));
        }

        var disposition = response.Content.Headers.ContentDisposition;
        var name = disposition?.FileNameStar ?? disposition?.FileName?.Trim('"') ?? fallbackName;
        return new GatewayDocument(name, await response.Content.ReadAsByteArrayAsync(cancellationToken));
    }
}
