using OneWindow.SocialWork.Application.Cases;
using OneWindow.SocialWork.Domain.Cases;
using OneWindow.SocialWork.Domain.Employment;
using OneWindow.SocialWork.Persistence;

namespace OneWindow.SocialWork.Application.Employment;

/// <summary>The reception of a person in difficulty, of a known household or not.</summary>
public sealed class RecordReception(SocialWorkDbContext db, CaseAccess access, TimeProvider clock)
{
    public async Task<V1.Reception> HandleAsync(V1.RecordReceptionRequest request, Caller caller, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var receivedAt = string.IsNullOrEmpty(request.ReceivedAt) ? now : Wire.ParseInstant(request.ReceivedAt, "receivedAt");
        var concern = Wire.ToDomain<Need>(request.Concern, "concern");
        Guid? householdId = Wire.OptionalId(request.HouseholdId, "householdId") is { } id ? (await access.HouseholdAsync(id, cancellationToken)).HouseholdId : null;
        var reception = Reception.Record(Guid.CreateVersion7(), householdId, receivedAt, concern, request.Note, caller.Subject, now);
        db.Receptions.Add(reception);
        await db.SaveAsync(cancellationToken);
        return reception.ToContract();
    }
}
