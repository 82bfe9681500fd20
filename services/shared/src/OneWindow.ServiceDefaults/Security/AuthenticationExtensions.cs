using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using OneWindow.Tenancy;

namespace OneWindow.ServiceDefaults;

public static class AuthenticationExtensions
{
    /// <summary>
    /// JWT bearer authentication against the OIDC authority (<c>Authentication:Authority</c>, audience
    /// <c>Authentication:Audience</c>, discovery at <c>Authentication:MetadataAddress</c> when it is not under the
    /// authority), or the development key in Development only (test hosts). Everything needs an
    /// authenticated caller unless an endpoint says otherwise; each endpoint adds its roles.
    /// </summary>
    public static IHostApplicationBuilder AddPlatformAuthentication(this IHostApplicationBuilder builder)
    {
        var authority = builder.Configuration["Authentication:Authority"];
        if (string.IsNullOrWhiteSpace(authority) && !builder.Environment.IsDevelopment())
        {
            throw new InvalidOperationException(
                "Authentication:Authority is not configured. Outside Development every token must come from the OIDC authority.");
        }

        builder.Services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer(options =>
        {
            options.MapInboundClaims = false;
            if (string.IsNullOrWhiteSpace(authority))
            {
                options.TokenValidationParameters = DevelopmentTokens.ValidationParameters();
            }
            else
            {
                options.Authority = authority;
                // Where the process reaches the provider when that is not the issuer's public address (the run stack
                // reads it straight from identity; the issuer is the gateway's address, which a browser sees).
                if (builder.Configuration["Authentication:MetadataAddress"] is { Length: > 0 } metadata)
                {
                    options.MetadataAddress = metadata;
                }

                options.RequireHttpsMetadata = !builder.Environment.IsDevelopment();
                options.Audience = builder.Configuration["Authentication:Audience"] ?? DevelopmentTokens.Audience;
                options.TokenValidationParameters.NameClaimType = PlatformClaims.Subject;
                options.TokenValidationParameters.RoleClaimType = PlatformClaims.Role;
            }
        });
        if (!string.IsNullOrWhiteSpace(authority))
        {
            builder.Services.AddHostedService<ProviderKeysWarmUp>();
        }

        builder.Services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());
        return builder;
    }
}
