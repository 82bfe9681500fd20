using OneWindow.Audit;
using OneWindow.Events;
using OneWindow.Intake.Persistence;
using OneWindow.Outbox;
using Contract = OneWindow.Intake.V1;

namespace OneWindow.Intake.Application.Acceptance;

/// <summary>After a return by review (补正), the resident brings what was asked, against the same file.</summary>
public sealed class AcceptSupplement(IntakeDbContext db, IAuditTrail audit, IOutbox outbox, ITenantContext tenant, TimeProvider clock)
{
    public async Task<Contract.ApplicationFile> HandleAsync(Contract.AcceptSupplementRequest request, CancellationToken cancellationToken)
    {
        var centre = tenant.RequireCentre();
        var file = await FileReader.FindAsync(db, request.FileId, cancellationToken);
        var brought = file.ReceiveSupplement(request.Materials);
        var now = clock.GetUtcNow();
        audit.Record(new AuditEntry("accept-supplement", "file", file.Id.ToString(), $"round {file.ReturnCount}: {string.Join(",", brought)}"));
        outbox.Add(new SupplementReceived { OccurredAt = now, Tenant = centre, FileId = file.Id, ReturnRound = file.ReturnCount, MaterialCodes = brought });
        await db.SaveChangesAsync(cancellationToken);
        return await FileReader.ToContractAsync(db, file, cancellationToken);
    }
}
