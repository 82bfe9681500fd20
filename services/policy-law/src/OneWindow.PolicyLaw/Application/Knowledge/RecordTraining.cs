using OneWindow.Audit;
using OneWindow.Common.Time;
using OneWindow.PolicyLaw.Application.Catalogue;
using OneWindow.PolicyLaw.Persistence;
using OneWindow.PolicyLaw.V1;
using DomainTraining = OneWindow.PolicyLaw.Domain.Knowledge.TrainingSession;

namespace OneWindow.PolicyLaw.Application.Knowledge;

/// <summary>A policy officer records a training session held: its items, its attendees, the officer as trainer.</summary>
public sealed class RecordTraining(PolicyLawDbContext db, CatalogueReader catalogue, IAuditTrail audit, ITenantContext tenant, TimeProvider clock)
{
    public async Task<V1.TrainingSession> HandleAsync(RecordTrainingRequest request, string trainer, CancellationToken cancellationToken)
    {
        tenant.RequireCentre();
        foreach (var code in request.ItemCodes.Distinct())
        {
            await catalogue.FindAsync(code, cancellationToken);
        }

        var session = DomainTraining.Record(request.Title, CatalogueMapping.ParseDate(request.HeldOn, "heldOn"), ChinaTime.Today(clock), request.ItemCodes, request.AttendeeStaffIds, trainer);
        db.TrainingSessions.Add(session);
        audit.Record(new AuditEntry("record-training", "training-session", session.Id.ToString(), session.Title));
        await db.SaveChangesAsync(cancellationToken);
        return session.ToContract();
    }
}
