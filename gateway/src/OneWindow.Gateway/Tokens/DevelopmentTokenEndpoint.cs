using OneWindow.ServiceDefaults;
using OneWindow.Tenancy;

namespace OneWindow.Gateway.Tokens;

/// <summary>What a developer asks a token for.</summary>
public sealed record TokenRequest(string? Subject, string[]? Roles, string? Tenant, int? Minutes);

public sealed record TokenResponse(string AccessToken, string TokenType, DateTimeOffset ExpiresAt);

/// <summary>
/// <c>POST /dev/token</c>: a token signed with the development key for any subject, roles and centre.
/// Mapped only in Development, where services accept that key; elsewhere the route does not exist.
/// </summary>
public static class DevelopmentTokenEndpoint
{
    public static IEndpointRouteBuilder MapDevelopmentTokens(this IEndpointRouteBuilder app)
    {
        app.MapPost("/dev/token", (TokenRequest request, TimeProvider clock) =>
            {
                var errors = Validate(request);
                if (errors.Count > 0)
                {
                    return Results.ValidationProblem(errors);
                }

                var lifetime = TimeSpan.FromMinutes(request.Minutes ?? 480);
                var token = DevelopmentTokens.Issue(request.Subject!, request.Roles!, request.Tenant, lifetime, clock);
                return Results.Ok(new TokenResponse(token, "Bearer", clock.GetUtcNow() + lifetime));
            })
            .AllowAnonymous()
            .WithName("IssueDevelopmentToken");
        return app;
    }

    private static Dictionary<string, string[]> Validate(TokenRequest request)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (string.IsNullOrWhiteSpace(request.Subject) || request.Subject.Length > 64)
        {
            errors["subject"] = ["A subject of 1 to 64 characters is required (e.g. a staff id such as jiangpu-s004)."];
        }

        if (request.Roles is not { Length: > 0 })
        {
            errors["roles"] = ["At least one role is required."];
        }
        else if (request.Roles.Where(r => !PlatformRoles.All.Contains(r)).ToList() is { Count: > 0 } unknown)
        {
            errors["roles"] = [$"Unknown role(s): {string.Join(", ", unknown)}. Known: {string.Join(", ", PlatformRoles.All)}."];
        }

        if (request.Tenant is not null && !Tenant.IsValidCentreCode(request.Tenant))
        {
            errors["tenant"] = ["A centre code is a lower-case slug such as jiangpu."];
        }

        if (request.Minutes is < 1 or > 720)
        {
            errors["minutes"] = ["A token lives 1 to 720 minutes."];
        }

        return errors;
    }
}
