using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OneWindow.Common.Errors;
using OneWindow.Common.Time;
using OneWindow.SocialWork.Persistence;

namespace OneWindow.SocialWork.Application.Outreach;

/// <summary>
/// The silent-family scan of every centre, asked for once a night from <see cref="SocialWorkOptions.NightlyScanAt"/>
/// (China time) as well as on demand. Every replica looks; the first to take a transaction-level advisory lock asks,
/// and the others, waiting on the lock, then find tonight's scan asked for and do nothing. A night whose scan could not
/// be asked (a scan asked on demand still running) is tried again at the next look. The scanning itself is
/// <see cref="SilentFamilyScanning"/>'s, leased centre by centre.
/// </summary>
public sealed class NightlyScan(SocialWorkDbContext db, ScanSilentFamilies scans, IOptions<SocialWorkOptions> options)
{
    /// <summary>Who asks, in the scans' <c>RequestedBy</c> and the audit trail.</summary>
    public const string Subject = "system:nightly-scan";

    /// <summary>A replica that was down when the night began still asks before morning, not at noon.</summary>
    private static readonly TimeSpan Night = TimeSpan.FromHours(6);

    /// <summary>True when this call asked for tonight's scan. Run as the district.</summary>
    public async Task<bool> RunIfDueAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var local = ChinaTime.ToChina(now);
        if (options.Value.NightlyScanAt is not { } at || local.TimeOfDay < at || local.TimeOfDay >= at + Night)
        {
            return false;
        }

        var tonight = ChinaTime.StartOfDay(DateOnly.FromDateTime(local.DateTime)) + at;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.LockAsync("social-work:nightly-scan", cancellationToken);
        if (await db.Scans.AnyAsync(s => s.RequestedBy == Subject && s.RequestedAt >= tonight, cancellationToken))
        {
            return false;
        }

        try
        {
            // Each centre's scan is stored in a connection of its own, committed before the lock is let go.
            await scans.ScanAsync(new Caller(Subject, new HashSet<string>(), null), cancellationToken);
        }
        catch (DomainException refused) when (refused.Code is "scan-running" or "no-households")
        {
            return false;
        }

        await transaction.CommitAsync(cancellationToken);
        return true;
    }
}
