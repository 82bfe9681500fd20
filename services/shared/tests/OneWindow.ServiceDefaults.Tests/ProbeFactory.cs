using System.Net.Http.Headers;
using Microsoft.AspNetCore.Mvc.Testing;

namespace OneWindow.ServiceDefaults.Tests;

/// <summary>The probe service in-process (Development: the built-in token key is accepted).</summary>
public class ProbeFactory : WebApplicationFactory<Program>
{
    public HttpClient ClientFor(string subject, string[] roles, string? tenant, string? namedCentre = null, TimeSpan? lifetime = null)
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue(
            "Bearer", DevelopmentTokens.Issue(subject, roles, tenant, lifetime ?? TimeSpan.FromMinutes(5), TimeProvider.System));
        if (namedCentre is not null)
        {
            client.DefaultRequestHeaders.Add("X-OneWindow-Centre", namedCentre);
        }

        return client;
    }

    /// <summary>A client whose token carries exactly these claims.</summary>
    public HttpClient ClientWithClaims(IReadOnlyDictionary<string, object> claims)
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue(
            "Bearer", DevelopmentTokens.IssueWithClaims(claims, TimeSpan.FromMinutes(5), TimeProvider.System));
        return client;
    }
}
