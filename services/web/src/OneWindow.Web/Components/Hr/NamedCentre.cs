using Grpc.Core;
using OneWindow.Tenancy;

namespace OneWindow.Web.Components.Hr;

/// <summary>
/// The centre a call acts on. Centre staff act on their own (their token says which); district staff (潘英, the
/// district's HR administrator) have none and name one, as docs/adr/0002 has them do — the gateway and the service
/// check they may.
/// </summary>
public static class NamedCentre
{
    /// <summary>The centre to name: none for centre staff (their token's), the one the page was opened for otherwise.</summary>
    public static string? For(string? ownCentre, string? named) =>
        ownCentre is not null || string.IsNullOrWhiteSpace(named) ? null : named.Trim();

    public static CallOptions Options(string? named) =>
        named is null ? default : new CallOptions(new Metadata { { PlatformClaims.CentreHeader, named } });

    /// <summary>"?centre=jiangpu" to keep the named centre on a link, or nothing.</summary>
    public static string Query(string? named) => named is null ? string.Empty : "?centre=" + Uri.EscapeDataString(named);
}
