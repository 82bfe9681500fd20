using System.Text.Json;
using OneWindow.Testing;

namespace OneWindow.PolicyLaw.Tests;

/// <summary>policy-law on its own database, seeded with the demo catalogue.</summary>
public sealed class PolicyLawFactory(PlatformServers servers) : ServiceFactory<Program>(servers, "policy-law")
{
    public static readonly string[] DistrictAdmin = ["district-admin"];
    public static readonly string[] Clerk = ["clerk"];
    public static readonly string[] Director = ["director"];
    public static readonly string[] PolicyOfficer = ["policy-officer"];

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        await SeedAsync();
    }

    public HttpClient Anonymous() => CreateClient();

    public HttpClient DistrictAdminClient() => ClientFor("yangpu-admin", DistrictAdmin, tenant: null);

    public HttpClient ClerkOf(string centre, string subject = "clerk-1") => ClientFor(subject, Clerk, centre);

    public HttpClient DirectorOf(string centre) => ClientFor($"{centre}-director", Director, centre);
}

public static class Json
{
    public static async Task<JsonElement> ProblemErrorsAsync(this HttpResponseMessage response)
    {
        var body = await response.ReadAsync();
        return body.TryGetProperty("errors", out var errors) ? errors : body;
    }
}
