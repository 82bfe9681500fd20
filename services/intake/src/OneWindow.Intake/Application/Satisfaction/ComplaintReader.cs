using Microsoft.EntityFrameworkCore;
using OneWindow.Common.Errors;
using OneWindow.Intake.Domain.Satisfaction;
using OneWindow.Intake.Persistence;
using Contract = OneWindow.Intake.V1;

namespace OneWindow.Intake.Application.Satisfaction;

/// <summary>Complaints as their handlers and the residents who wrote them read them.</summary>
public sealed class ComplaintReader(IntakeDbContext db)
{
    public static async Task<Complaint> FindAsync(IntakeDbContext db, string complaintId, CancellationToken cancellationToken)
    {
        var id = Wire.ParseId(complaintId, "complaintId");
        return await db.Complaints.SingleOrDefaultAsync(c => c.Id == id, cancellationToken) ?? throw NotFound();
    }

    public static async Task<string?> TicketNumberAsync(IntakeDbContext db, Complaint complaint, CancellationToken cancellationToken) =>
        complaint.TicketId is { } id ? await db.Tickets.AsNoTracking().Where(t => t.Id == id).Select(t => t.Number).SingleOrDefaultAsync(cancellationToken) : null;

    private static DomainException NotFound() => new(DomainErrorKind.NotFound, "unknown-complaint", "There is no such complaint in this centre.", "complaintId");

    /// <summary>Staff who handle complaints read any of the centre; a resident reads only their own.</summary>
    public async Task<Contract.Complaint> GetAsync(string complaintId, Caller caller, CancellationToken cancellationToken)
    {
        var complaint = await FindAsync(db, complaintId, cancellationToken);
        var handlers = caller.Is(PlatformRoles.Director) || caller.Is(PlatformRoles.Head) || caller.Is(PlatformRoles.DistrictAdmin);
        if (!handlers && complaint.SubmittedBy != caller.Subject)
        {
            throw NotFound();
        }

        var centre = db.Entry(complaint).Property<string>(TenantOwnership.PropertyName).CurrentValue;
        return SatisfactionMapping.ToContract(complaint, centre, await TicketNumberAsync(db, complaint, cancellationToken));
    }

    /// <summary>
    /// The centre's complaints in one status (or all), newest first a page at a time, with the counts of all of them
    /// (every centre's for the district admin, each with its centre).
    /// </summary>
    public async Task<Contract.ComplaintList> ListAsync(Contract.ListComplaintsRequest request, CancellationToken cancellationToken)
    {
        var size = PageToken.Size(request.PageSize);
        var after = PageToken.Parse(request.PageToken);
        var counts = await db.Complaints.AsNoTracking()
            .GroupBy(c => c.Status)
            .Select(g => new { Status = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Status, g => g.Count, cancellationToken);

        var query = db.Complaints.AsNoTracking();
        if (request.Status != Contract.ComplaintStatus.Unspecified)
        {
            var status = (ComplaintStatus)((int)request.Status - 1);
            query = query.Where(c => c.Status == status);
        }

        if (after is var (at, id))
        {
            query = query.Where(c => EF.Functions.LessThan(ValueTuple.Create(c.SubmittedAt, c.Id), ValueTuple.Create(at, id)));
        }

        var page = await query
            .OrderByDescending(c => c.SubmittedAt).ThenByDescending(c => c.Id)
            .Select(c => new { Complaint = c, Centre = EF.Property<string>(c, TenantOwnership.PropertyName) })
            .ReadPageAsync(size, r => PageToken.After(r.Complaint.SubmittedAt, r.Complaint.Id), cancellationToken);
        var ticketIds = page.Rows.Where(r => r.Complaint.TicketId is not null).Select(r => r.Complaint.TicketId!.Value).ToList();
        var numbers = await db.Tickets.AsNoTracking().Where(t => ticketIds.Contains(t.Id)).ToDictionaryAsync(t => t.Id, t => t.Number, cancellationToken);
        var list = new Contract.ComplaintList
        {
            Open = counts.GetValueOrDefault(ComplaintStatus.Open),
            Handled = counts.GetValueOrDefault(ComplaintStatus.Handled),
            NextPageToken = page.NextPageToken,
        };
        list.Complaints.AddRange(page.Rows.Select(r => SatisfactionMapping.ToContract(r.Complaint, r.Centre, r.Complaint.TicketId is { } t ? numbers.GetValueOrDefault(t) : null)));
        return list;
    }
}
