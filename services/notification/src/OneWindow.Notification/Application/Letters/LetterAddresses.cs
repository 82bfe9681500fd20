using Grpc.Core;
using OneWindow.Centres;
using OneWindow.Notification.Application.Sending;
using OneWindow.Notification.Persistence;

namespace OneWindow.Notification.Application.Letters;

/// <summary>
/// What goes around a printed letter: the resident's name and address, asked of intake for each printing, and the
/// centre's name for the letterhead.
/// </summary>
public sealed class LetterAddresses(ContactDirectory contacts, NotificationDbContext db)
{
    public const string NoAddress = "受理系统中没有该居民的地址，或暂时无法取得";

    /// <summary>The resident's name and address, or null when intake has no address or does not answer: the letter then waits.</summary>
    public async Task<(string Name, string Address)?> ResidentAsync(string centre, Guid residentId, string purpose, CancellationToken cancellationToken)
    {
        try
        {
            var contact = await contacts.ResidentAsync(centre, residentId, purpose, cancellationToken);
            return string.IsNullOrWhiteSpace(contact.Address) ? null : (contact.Name, contact.Address);
        }
        catch (RpcException)
        {
            return null;
        }
    }

    public async Task<string> CentreNameAsync(string centre, CancellationToken cancellationToken) => (await KnownCentres.LetterheadAsync(db, centre, cancellationToken)).Name;
}
