using System.Security.Cryptography;
using Microsoft.AspNetCore.Components.Server.ProtectedBrowserStorage;

namespace OneWindow.Web.Components.Desk;

/// <summary>
/// The draft of an acceptance in the tab's session storage, sealed with the console's data-protection keys (so the
/// browser holds it but cannot read or change it), taken back once after the clerk has signed in again.
/// </summary>
public sealed class AcceptanceDrafts(ProtectedSessionStorage storage)
{
    private const string Key = "desk-acceptance-draft";

    public ValueTask KeepAsync(AcceptanceDraft draft) => storage.SetAsync(Key, draft);

    public async Task<AcceptanceDraft?> TakeAsync()
    {
        try
        {
            var kept = await storage.GetAsync<AcceptanceDraft>(Key);
            await storage.DeleteAsync(Key);
            return kept.Success ? kept.Value : null;
        }
        catch (CryptographicException)
        {
            // Sealed with keys since rotated away: nothing to restore.
            await storage.DeleteAsync(Key);
            return null;
        }
    }
}
