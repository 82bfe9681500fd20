using Microsoft.EntityFrameworkCore;
using OneWindow.Outbox;
using OneWindow.SocialWork.Domain.Outreach;

namespace OneWindow.SocialWork.Application.Outreach;

/// <summary>Recognises a scan asked for among the changes being saved, so that its commit wakes the scanning.</summary>
internal sealed class ScansRequestedInterceptor(ScansRequested signal) : CommitSignalInterceptor<ScansRequested>(signal)
{
    protected override bool Expects(DbContext context) =>
        context.ChangeTracker.Entries<CentreScan>().Any(entry => entry.State == EntityState.Added);
}
