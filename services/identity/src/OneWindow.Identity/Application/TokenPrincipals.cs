using System.Security.Claims;
using Microsoft.Extensions.Options;
using OneWindow.Identity.Domain.Accounts;
using OneWindow.Identity.Domain.Devices;
using OneWindow.Identity.Domain.Residents;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace OneWindow.Identity.Application;

/// <summary>
/// The claims a token carries, as the services read them: <c>sub</c>, one <c>role</c> per role, and either the
/// <c>tenant</c> of a centre's staff or the explicit <c>district</c> of district staff. A token with neither is a
/// caller of no centre: a missing tenant never means "district".
/// </summary>
public sealed class TokenPrincipals(IOptions<IdentityProviderOptions> options)
{
    /// <summary>The audience every service validates.</summary>
    public const string Audience = "onewindow";

    /// <summary>The token request's parameter naming the centre a service acts in (client credentials).</summary>
    public const string TenantParameter = "tenant";

    /// <summary>
    /// The claim naming a resident's sign-in account. Only <see cref="ForResident"/> sets it, so it is how a code or a
    /// refresh token is known to be a resident's (a member of staff could be given any role by the register).
    /// </summary>
    public const string ResidentAccountClaim = "resident_account";

    public ClaimsPrincipal ForAccount(StaffAccount account, IEnumerable<string> scopes)
    {
        var identity = NewIdentity();
        identity.SetClaim(Claims.Subject, account.Subject);
        identity.SetClaim(Claims.Name, account.Subject);
        identity.SetClaims(Claims.Role, [.. account.Roles]);
        if (account.Centre is not null)
        {
            identity.SetClaim(PlatformClaims.Tenant, account.Centre);
        }
        else if (account.Roles.Any(PlatformClaims.DistrictRoles.Contains))
        {
            identity.SetClaim(PlatformClaims.District, options.Value.District);
        }

        return Finish(identity, scopes);
    }

    /// <summary>
    /// A resident, as their account is now: role <c>resident</c> and the account in <see cref="ResidentAccountClaim"/>.
    /// Before real-name binding the subject is the account and there is no centre, so the token sees nobody's data;
    /// once bound, the subject is the register's resident id and the centre that of the record, which is how the
    /// services know a resident (their inbox, preferences, complaints). Binding happens once, so that subject never
    /// changes again.
    /// </summary>
    public static ClaimsPrincipal ForResident(ResidentAccount account, IEnumerable<string> scopes)
    {
        var identity = NewIdentity();
        var subject = (account.ResidentId ?? account.Id).ToString();
        identity.SetClaim(Claims.Subject, subject);
        identity.SetClaim(Claims.Name, subject);
        identity.SetClaim(Claims.Role, PlatformRoles.Resident);
        identity.SetClaim(ResidentAccountClaim, account.Id.ToString());
        if (account.Centre is not null)
        {
            identity.SetClaim(PlatformClaims.Tenant, account.Centre);
        }

        return Finish(identity, scopes);
    }

    /// <summary>
    /// A device of a centre, as its director approved it: subject <c>&lt;centre&gt;-&lt;device number&gt;</c>, role
    /// <c>device</c>, the centre, its kind and, for a rating pad, the one window it rates. Its refresh token lasts
    /// <see cref="IdentityProviderOptions.DeviceRefreshTokenLifetime"/>, then the director approves it again.
    /// </summary>
    public ClaimsPrincipal ForDevice(DeviceApproval device, IEnumerable<string> scopes)
    {
        var identity = NewIdentity();
        identity.SetClaim(Claims.Subject, device.Subject);
        identity.SetClaim(Claims.Name, device.Name);
        identity.SetClaim(Claims.Role, PlatformRoles.Device);
        identity.SetClaim(PlatformClaims.Tenant, device.Centre);
        identity.SetClaim(DeviceApproval.KindClaim, device.Kind);
        if (device.Window is not null)
        {
            identity.SetClaim(DeviceApproval.WindowClaim, device.Window);
        }

        var principal = Finish(identity, scopes);
        principal.SetRefreshTokenLifetime(options.Value.DeviceRefreshTokenLifetime);
        return principal;
    }

    /// <summary>The approval a device's earlier token carried, read back for its next one.</summary>
    public static DeviceApproval DeviceOf(ClaimsPrincipal granted)
    {
        var centre = granted.GetClaim(PlatformClaims.Tenant)!;
        var subject = granted.GetClaim(Claims.Subject)!;
        return DeviceApproval.Of(centre, subject[(centre.Length + 1)..], granted.GetClaim(DeviceApproval.KindClaim), granted.GetClaim(Claims.Name), granted.GetClaim(DeviceApproval.WindowClaim));
    }

    /// <summary>
    /// A service's own identity (client credentials): its client id as subject, the roles of its registration; for one
    /// centre when it acts in one (notification asking intake where a resident lives): then the token carries that
    /// centre, as a member of staff's does, and row-level security holds.
    /// </summary>
    public static ClaimsPrincipal ForService(string clientId, IEnumerable<string> roles, string? centre, IEnumerable<string> scopes)
    {
        var identity = NewIdentity();
        identity.SetClaim(Claims.Subject, clientId);
        identity.SetClaim(Claims.Name, clientId);
        identity.SetClaims(Claims.Role, [.. roles]);
        if (centre is not null)
        {
            identity.SetClaim(PlatformClaims.Tenant, centre);
        }

        return Finish(identity, scopes);
    }

    private static ClaimsIdentity NewIdentity() =>
        new(authenticationType: "OneWindow", nameType: Claims.Name, roleType: Claims.Role);

    private static ClaimsPrincipal Finish(ClaimsIdentity identity, IEnumerable<string> scopes)
    {
        var principal = new ClaimsPrincipal(identity);
        principal.SetScopes(scopes);
        principal.SetResources(Audience);
        // Everything the services authorize on goes into the access token; the identity token (the console's) says who.
        identity.SetDestinations(claim => claim.Type is Claims.Subject or Claims.Name
            ? [Destinations.AccessToken, Destinations.IdentityToken]
            : [Destinations.AccessToken]);
        return principal;
    }
}
