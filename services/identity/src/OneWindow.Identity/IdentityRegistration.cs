using System.Security.Cryptography;
using FluentValidation;
using Microsoft.AspNetCore.Identity;
using Microsoft.IdentityModel.Tokens;
using OneWindow.Audit;
using OneWindow.EventBus;
using OneWindow.Events;
using OneWindow.Identity.Application;
using OneWindow.Identity.Domain.Accounts;
using OneWindow.Identity.Events;
using OneWindow.Identity.Grpc;
using OneWindow.Identity.Http;
using OneWindow.Identity.Persistence;
using OneWindow.Identity.Seed;
using OneWindow.Outbox;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace OneWindow.Identity;

internal static class IdentityRegistration
{
    public static IHostApplicationBuilder AddIdentityProvider(this IHostApplicationBuilder builder)
    {
        builder.AddTenantDbContext<IdentityDbContext>("identity");
        builder.AddOutbox<IdentityDbContext>();
        builder.AddAuditTrail<IdentityDbContext>();
        builder.AddEventBus()
            .AddSubscription<StaffHired, StaffRegisterHandlers>()
            .AddSubscription<StaffChanged, StaffRegisterHandlers>()
            .AddSubscription<StaffLeft, StaffRegisterHandlers>();

        var development = builder.Environment.IsDevelopment();
        var settings = builder.Configuration.GetSection(IdentityProviderOptions.Section).Get<IdentityProviderOptions>() ?? new IdentityProviderOptions();
        builder.Services.AddOptions<IdentityProviderOptions>().BindConfiguration(IdentityProviderOptions.Section)
            .ValidateDataAnnotations()
            .Validate(o => development || o.SigningKeys.Count > 0, "Identity:SigningKeys is empty: outside Development the provider signs with keys from the secrets, never with keys of its own making.")
            .Validate(o => development || !string.IsNullOrWhiteSpace(o.EncryptionKey), "Identity:EncryptionKey is empty: outside Development codes and refresh tokens are sealed with a key from the secrets.")
            .Validate(o => development || o.DemoPassword is null, "Identity:DemoPassword is set: demo passwords exist in Development only.")
            .ValidateOnStart();

        builder.Services.AddOpenIddict()
            .AddCore(core => core.UseEntityFrameworkCore().UseDbContext<IdentityDbContext>())
            .AddServer(server =>
            {
                if (settings.Issuer is not null)
                {
                    server.SetIssuer(settings.Issuer);
                }

                server.SetAuthorizationEndpointUris("connect/authorize")
                    .SetTokenEndpointUris("connect/token")
                    .SetEndSessionEndpointUris("connect/logout")
                    .SetIntrospectionEndpointUris("connect/introspect")
                    .SetRevocationEndpointUris("connect/revoke")
                    .SetDeviceAuthorizationEndpointUris("connect/device")
                    .SetEndUserVerificationEndpointUris("connect/verify");
                server.AllowAuthorizationCodeFlow().RequireProofKeyForCodeExchange()
                    .AllowRefreshTokenFlow()
                    .AllowClientCredentialsFlow()
                    .AllowDeviceAuthorizationFlow();
                // The director has this long to approve what the screen shows.
                server.SetDeviceCodeLifetime(TimeSpan.FromMinutes(10));
                if (development)
                {
                    server.AllowCustomFlow(TokenEndpoint.DemoAccountGrant);
                }

                server.RegisterScopes(Scopes.OpenId, Scopes.Profile, Scopes.OfflineAccess, TokenPrincipals.Audience);
                server.SetAccessTokenLifetime(settings.AccessTokenLifetime)
                    .SetRefreshTokenLifetime(settings.RefreshTokenLifetime)
                    // A refresh token is good once, without the usual grace: a replay revokes the chain.
                    .SetRefreshTokenReuseLeeway(TimeSpan.Zero);
                // The services validate plain signed JWTs (RFC 9068) with the published keys.
                server.DisableAccessTokenEncryption();
                AddKeys(server, settings, development);
                var aspNetCore = server.UseAspNetCore()
                    .EnableAuthorizationEndpointPassthrough()
                    .EnableTokenEndpointPassthrough()
                    .EnableEndSessionEndpointPassthrough()
                    .EnableEndUserVerificationEndpointPassthrough();
                if (development)
                {
                    // TLS ends at the ingress; locally there is none.
                    aspNetCore.DisableTransportSecurityRequirement();
                }
            });

        builder.Services.AddAuthentication()
            .AddCookie(SignInCookie.Scheme, options => SignInCookie.Configure(options, development))
            .AddCookie(SecondFactorCookie.Scheme, options => SecondFactorCookie.Configure(options, development));
        builder.Services.AddRazorPages();
        builder.Services.AddValidatorsFromAssemblyContaining<IdentityDbContext>(includeInternalTypes: true);
        builder.Services.AddSingleton<IPasswordHasher<StaffAccount>, PasswordHasher<StaffAccount>>();
        builder.Services.AddSingleton<TokenPrincipals>();
        builder.Services.AddTransient<IStartupFilter, IssuerAddress>();
        builder.Services.AddScoped<SignInWithPassword>();
        builder.Services.AddScoped<ActivateAccount>();
        builder.Services.AddScoped<IssueActivationCode>();
        builder.Services.AddScoped<ApproveDevice>();
        builder.Services.AddScoped<ChangePassword>();
        builder.Services.AddScoped<VerifySecondFactor>();
        builder.Services.AddScoped<AccountReader>();
        builder.AddResidentSignIn();
        builder.Services.AddSingleton<IDatabaseSetup, ClientRegistration>();
        builder.Services.AddScoped<IDemoSeeder, DemoAccountsSeeder>();
        return builder;
    }

    /// <summary>
    /// Residents' SMS sign-in and real-name binding: codes in Redis, the text through notification and the register
    /// of intake, both called as this provider's own client (<c>identity</c>, role <c>identity-service</c>).
    /// </summary>
    private static void AddResidentSignIn(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<ResidentSignInOptions>().BindConfiguration(ResidentSignInOptions.Section)
            .Validate(o => o.CallTimeout > TimeSpan.Zero, "Identity:Residents:CallTimeout must be positive.")
            .ValidateOnStart();
        builder.AddServiceTokens("identity", PlatformRoles.IdentityService);
        var notification = ServiceAddress(builder, "notification", "texts a resident's sign-in code");
        var intake = ServiceAddress(builder, "intake", "checks a resident's real name");
        builder.Services.AddGrpcClient<OneWindow.Notification.V1.SignInCodes.SignInCodesClient>(options => options.Address = notification);
        builder.Services.AddGrpcClient<OneWindow.Intake.V1.RealNames.RealNamesClient>(options => options.Address = intake);
        builder.Services.AddSingleton<ClientAddress>();
        builder.Services.AddSingleton<SignInCodeStore>();
        builder.Services.AddSingleton<SignInCodeSender>();
        builder.Services.AddSingleton<RealNameRegister>();
        builder.Services.AddScoped<RequestSignInCode>();
        builder.Services.AddScoped<SignInWithSmsCode>();
        builder.Services.AddScoped<BindRealName>();
    }

    private static Uri ServiceAddress(IHostApplicationBuilder builder, string service, string why) =>
        new(builder.Configuration[$"Services:{service}:Grpc"]
            ?? throw new InvalidOperationException($"Services:{service}:Grpc is not configured: identity {why} there."));

    public static WebApplication MapIdentityProvider(this WebApplication app)
    {
        app.MapAuthorize();
        app.MapToken();
        app.MapEndSession();
        app.MapRazorPages();
        app.MapGrpcService<AccountsService>();
        app.MapAuditTrail();
        app.MapEventSubscriptions();
        return app;
    }

    private static void AddKeys(OpenIddictServerBuilder server, IdentityProviderOptions settings, bool development)
    {
        if (settings.SigningKeys.Count == 0 && development)
        {
            server.AddEphemeralSigningKey();
        }

        foreach (var pem in settings.SigningKeys)
        {
            var rsa = RSA.Create();
            rsa.ImportFromPem(pem);
            server.AddSigningKey(new RsaSecurityKey(rsa) { KeyId = SigningKeyId.Of(rsa) });
        }

        if (string.IsNullOrWhiteSpace(settings.EncryptionKey))
        {
            if (development)
            {
                server.AddEphemeralEncryptionKey();
            }
        }
        else
        {
            server.AddEncryptionKey(new SymmetricSecurityKey(Convert.FromBase64String(settings.EncryptionKey)));
        }
    }
}
