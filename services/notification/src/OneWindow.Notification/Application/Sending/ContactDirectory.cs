using Grpc.Core;
using Microsoft.Extensions.Options;
using OneWindow.Intake.V1;

namespace OneWindow.Notification.Application.Sending;

/// <summary>
/// Where residents and households are, asked of intake (which owns phones and addresses, docs/events.md) with this
/// service's own identity, in the centre the delivery belongs to; intake audits each answer with its purpose.
/// Called by the sender and the task locator outside any database transaction.
/// </summary>
public sealed class ContactDirectory(Contacts.ContactsClient intake, IServiceTokens tokens, IOptions<NotificationOptions> options, TimeProvider clock)
{
    public async Task<ResidentContact> ResidentAsync(string centre, Guid residentId, string purpose, CancellationToken cancellationToken) =>
        await intake.GetResidentContactAsync(
            new GetResidentContactRequest { ResidentId = residentId.ToString(), Purpose = purpose },
            await HeadersAsync(centre, cancellationToken), Deadline(), cancellationToken);

    public async Task<HouseholdContact> HouseholdAsync(string centre, Guid householdId, string purpose, CancellationToken cancellationToken) =>
        await intake.GetHouseholdContactAsync(
            new GetHouseholdContactRequest { HouseholdId = householdId.ToString(), Purpose = purpose },
            await HeadersAsync(centre, cancellationToken), Deadline(), cancellationToken);

    private async Task<Metadata> HeadersAsync(string centre, CancellationToken cancellationToken) =>
        new() { { "Authorization", "Bearer " + await tokens.TokenForAsync(centre, cancellationToken) } };

    private DateTime Deadline() => (clock.GetUtcNow() + options.Value.ContactTimeout).UtcDateTime;
}
