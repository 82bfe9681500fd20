using Microsoft.EntityFrameworkCore;
using OneWindow.Common.Vocabulary;
using OneWindow.Intake.Domain.Queue;
using OneWindow.Intake.Persistence;
using Contract = OneWindow.Intake.V1;

namespace OneWindow.Intake.Application.Queue;

/// <summary>A clerk opens a window (and leaves any other they sat at); an open window of a type makes a queue of that type open.</summary>
public sealed class OpenWindow(IntakeDbContext db, ITenantContext tenant)
{
    public async Task<Contract.ServiceWindow> HandleAsync(string number, WindowType type, Caller caller, CancellationToken cancellationToken)
    {
        tenant.RequireCentre();
        var window = await db.Windows.SingleOrDefaultAsync(w => w.Number == number, cancellationToken);
        if (window is null)
        {
            window = ServiceWindow.Create(number, type);
            db.Windows.Add(window);
        }

        // A clerk sits at one window at a time.
        foreach (var other in await db.Windows.Where(w => w.ClerkStaffId == caller.Subject && w.Number != number).ToListAsync(cancellationToken))
        {
            other.Close();
        }

        window.OpenFor(caller.Subject, type);
        await db.SaveChangesAsync(cancellationToken);
        return QueueMapping.ToContract(window);
    }
}
