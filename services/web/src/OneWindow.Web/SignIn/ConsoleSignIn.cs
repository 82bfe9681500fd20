using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.StackExchangeRedis;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using OneWindow.Tenancy;
using OneWindow.Web.Http;
using StackExchange.Redis;

namespace OneWindow.Web.SignIn;

/// <summary>
/// Sign-in as a backend for the browser (docs/adr/0015): the authorization code flow with PKCE at the identity
/// provider, the tokens kept in <see cref="SessionStore"/>, and a cookie that carries only the user's claims and the
/// session's id: HttpOnly, SameSite=Lax, Secure outside Development.
/// </summary>
public static class ConsoleSignIn
{
    public const string CookieName = "onewindow-console";

    public static WebApplicationBuilder AddConsoleSignIn(this WebApplicationBuilder builder)
    {
        var development = builder.Environment.IsDevelopment();
        builder.Services.AddOptions<ConsoleOptions>().BindConfiguration(ConsoleOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        var console = builder.Configuration.GetSection(ConsoleOptions.Section).Get<ConsoleOptions>() ?? new ConsoleOptions();

        // Every replica reads the others' cookies and sessions: the keys live in Redis beside the sessions.
        builder.Services.AddDataProtection().SetApplicationName("onewindow-console");
        builder.Services.AddOptions<KeyManagementOptions>().Configure<IConnectionMultiplexer>((keys, redis) =>
            keys.XmlRepository = new RedisXmlRepository(() => redis.GetDatabase(), "web:data-protection-keys"));
        builder.Services.AddSingleton<SessionStore>();
        builder.Services.AddSingleton<UserTokens>();
        builder.Services.AddHttpClient<ProviderClient>();

        var secure = development ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
        builder.Services.AddAuthentication(options =>
            {
                options.DefaultScheme = CookieAuthenticationDefaults.AuthenticationScheme;
                options.DefaultChallengeScheme = OpenIdConnectDefaults.AuthenticationScheme;
            })
            .AddCookie(options =>
            {
                options.Cookie.Name = CookieName;
                options.Cookie.HttpOnly = true;
                options.Cookie.SameSite = SameSiteMode.Lax;
                options.Cookie.SecurePolicy = secure;
                options.ExpireTimeSpan = SessionStore.Lifetime;
                options.SlidingExpiration = false;
                options.AccessDeniedPath = "/denied";
                options.Events.OnValidatePrincipal = RejectWithoutSessionAsync;
            })
            .AddOpenIdConnect(options =>
            {
                options.Authority = console.PublicOrigin?.ToString();
                options.MetadataAddress = console.PublicOrigin is null ? null : new Uri(console.Provider, ".well-known/openid-configuration").ToString();
                options.RequireHttpsMetadata = !development;
                options.ClientId = console.ClientId;
                options.ClientSecret = console.ClientSecret;
                options.ResponseType = OpenIdConnectResponseType.Code;
                // The code comes back in the query of a redirect: a form_post page needs an inline script, which the
                // platform's content security policy refuses.
                options.ResponseMode = OpenIdConnectResponseMode.Query;
                options.UsePkce = true;
                options.Scope.Clear();
                foreach (var scope in new[] { "openid", "profile", "offline_access", "onewindow" })
                {
                    options.Scope.Add(scope);
                }

                options.MapInboundClaims = false;
                options.SaveTokens = false;
                options.GetClaimsFromUserInfoEndpoint = false;
                options.TokenValidationParameters.NameClaimType = PlatformClaims.Subject;
                options.TokenValidationParameters.RoleClaimType = PlatformClaims.Role;
                // The provider answers on the same site (through the gateway), so Lax cookies survive its redirect back.
                options.CorrelationCookie.SameSite = SameSiteMode.Lax;
                options.CorrelationCookie.SecurePolicy = secure;
                options.NonceCookie.SameSite = SameSiteMode.Lax;
                options.NonceCookie.SecurePolicy = secure;
                options.Events.OnRedirectToIdentityProvider = RedirectToProviderAsync;
                options.Events.OnRedirectToIdentityProviderForSignOut = RedirectToProviderForSignOutAsync;
                options.Events.OnTokenValidated = StartSessionAsync;
            });
        builder.Services.AddAuthorizationBuilder().AddConsolePolicies();
        builder.Services.AddCascadingAuthenticationState();
        return builder;
    }

    /// <summary><c>/signin</c> (back to a local page after), and <c>POST /signout</c>, which ends the session at the provider too.</summary>
    public static WebApplication MapConsoleSignIn(this WebApplication app)
    {
        app.MapGet("/signin", (string? returnUrl) => Results.Challenge(
            new AuthenticationProperties { RedirectUri = LocalPath.OrHome(returnUrl) }, [OpenIdConnectDefaults.AuthenticationScheme])).AllowAnonymous();
        app.MapPost("/signout", SignOutAsync).RequireAuthorization().WithMetadata(new RequireAntiforgeryTokenAttribute());
        return app;
    }

    /// <summary>Starts a session for a device the director approved (the device flow gives tokens, not a redirect).</summary>
    public static async Task<System.Security.Claims.ClaimsPrincipal> SignInDeviceAsync(HttpContext context, SessionTokens tokens)
    {
        var session = SessionStore.NewId();
        await context.RequestServices.GetRequiredService<SessionStore>().WriteAsync(session, tokens);
        var device = ConsolePrincipal.From(tokens, session);
        await context.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, device);
        return device;
    }

    private static async Task SignOutAsync(HttpContext context, SessionStore sessions, ProviderClient provider)
    {
        var idToken = default(string);
        if (context.User.FindFirst(ConsoleClaims.Session)?.Value is { } session && await sessions.ReadAsync(session) is { } tokens)
        {
            idToken = tokens.IdToken;
            await provider.RevokeAsync(tokens, context.User.IsDevice(), context.RequestAborted);
            await sessions.DeleteAsync(session);
        }

        await context.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        if (context.User.IsDevice())
        {
            context.Response.Redirect("/device");
            return;
        }

        var properties = new AuthenticationProperties { RedirectUri = "/" };
        properties.SetParameter(OpenIdConnectParameterNames.IdTokenHint, idToken);
        await context.SignOutAsync(OpenIdConnectDefaults.AuthenticationScheme, properties);
    }

    private static async Task RejectWithoutSessionAsync(CookieValidatePrincipalContext context)
    {
        var sessions = context.HttpContext.RequestServices.GetRequiredService<SessionStore>();
        if (context.Principal?.FindFirst(ConsoleClaims.Session)?.Value is not { } session || await sessions.ReadAsync(session) is null)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        }
    }

    private static Task RedirectToProviderAsync(RedirectContext context)
    {
        var path = context.Request.Path;
        if (ConsolePolicies.DevicePaths.Any(device => path.StartsWithSegments(device)))
        {
            // A kiosk, pad or display signs in by the device flow, never with a member of staff's password.
            context.Response.Redirect("/device");
            context.HandleResponse();
            return Task.CompletedTask;
        }

        context.ProtocolMessage.RedirectUri = PublicAddress(context.HttpContext, context.Options.CallbackPath);
        return Task.CompletedTask;
    }

    private static Task RedirectToProviderForSignOutAsync(RedirectContext context)
    {
        context.ProtocolMessage.PostLogoutRedirectUri = PublicAddress(context.HttpContext, context.Options.SignedOutCallbackPath);
        if (context.Properties.GetParameter<string>(OpenIdConnectParameterNames.IdTokenHint) is { } idToken)
        {
            context.ProtocolMessage.IdTokenHint = idToken;
        }

        return Task.CompletedTask;
    }

    private static async Task StartSessionAsync(TokenValidatedContext context)
    {
        var response = context.TokenEndpointResponse!;
        var clock = context.HttpContext.RequestServices.GetRequiredService<TimeProvider>();
        var tokens = new SessionTokens(
            response.AccessToken,
            response.RefreshToken,
            clock.GetUtcNow().AddSeconds(int.TryParse(response.ExpiresIn, out var seconds) ? seconds : 0),
            response.IdToken);
        var session = SessionStore.NewId();
        await context.HttpContext.RequestServices.GetRequiredService<SessionStore>().WriteAsync(session, tokens);
        context.Principal = ConsolePrincipal.From(tokens, session);
    }

    private static string PublicAddress(HttpContext context, PathString path) =>
        new Uri(context.RequestServices.GetRequiredService<IOptions<ConsoleOptions>>().Value.PublicOrigin, path.Value!.TrimStart('/')).ToString();
}
