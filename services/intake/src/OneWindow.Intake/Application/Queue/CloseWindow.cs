using Microsoft.EntityFrameworkCore;
using OneWindow.Common.Errors;
using OneWindow.Intake.Persistence;
using Contract = OneWindow.Intake.V1;

namespace OneWindow.Intake.Application.Queue;

/// <summary>The clerk at a window closes it; with no window of its type open, that queue takes no new tickets.</summary>
public sealed class CloseWindow(IntakeDbContext db, ITenantContext tenant)
{
    public async Task<Contract.ServiceWindow> HandleAsync(string number, Caller caller, CancellationToken cancellationToken)
    {
        tenant.RequireCentre();
        var window = await db.Windows.SingleOrDefaultAsync(w => w.Number == number, cancellationToken)
            ?? throw new DomainException(DomainErrorKind.NotFound, "unknown-window", $"There is no window {number} in this centre.", "number");
        window.RequireClerk(caller.Subject);
        window.Close();
        await db.SaveChangesAsync(cancellationToken);
        return QueueMapping.ToContract(window);
    }
}
