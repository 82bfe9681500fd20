using Microsoft.EntityFrameworkCore;
using OneWindow.Audit;
using OneWindow.Common.Errors;
using OneWindow.Common.Identity;
using OneWindow.Common.Privacy;
using OneWindow.Events;
using OneWindow.HrPayroll.Domain.Pay;
using OneWindow.HrPayroll.Domain.Staff;
using OneWindow.HrPayroll.Persistence;
using OneWindow.Outbox;
using Vocabulary = OneWindow.Common.Vocabulary;

namespace OneWindow.HrPayroll.Application;

/// <summary>
/// hr-admin's changes to the register. Each change commits with its audit record and the event the
/// review roster, notification and social work build their read models from.
/// </summary>
public sealed class StaffCommands(HrPayrollDbContext db, IAuditTrail audit, IOutbox outbox, PersonalDataProtector protector, ITenantContext tenant, TimeProvider clock)
{
    public const string IdNumberPurpose = "staff.id_number";
    public const string BankAccountPurpose = "staff.bank_account";

    public async Task<V1.StaffMember> HireAsync(V1.HireStaffRequest request, CancellationToken cancellationToken)
    {
        var centre = tenant.RequireCentre();
        if (!ResidentIdNumber.TryParse(request.IdNumber, clock, out var idNumber, out var why))
        {
            throw new DomainException(DomainErrorKind.Invalid, "invalid-id-number", $"idNumber is not a valid resident ID number (GB 11643): {why}", "idNumber");
        }

        var member = await HireAsync(
            centre,
            request.StaffId,
            request.Name,
            request.Department.ToDomain(),
            request.Roles,
            request.Grid,
            request.CommunityWorker,
            new Placement(request.Tier, request.Grade),
            request.Title.ToDomain(),
            Wire.ParseDay(request.HiredOn, "hiredOn"),
            idNumber.Value,
            request.BankAccount,
            cancellationToken);
        return member.ToContract(protector);
    }

    /// <summary>Hires one worker (also the seed's path): the register row, its audit record, staff-hired and skills-changed.</summary>
    public async Task<StaffMember> HireAsync(
        string centre, string staffId, string name, Vocabulary.Department department, IEnumerable<string> roles, string? grid, bool communityWorker,
        Placement placement, ProfessionalTitle title, DateOnly hiredOn, string idNumber, string bankAccount, CancellationToken cancellationToken,
        (IEnumerable<string> A, IEnumerable<string> B, IEnumerable<string> Known)? skills = null)
    {
        var index = protector.BlindIndex(idNumber, IdNumberPurpose);
        if (await db.Staff.AnyAsync(s => s.StaffId == staffId || s.IdNumberIndex == index, cancellationToken))
        {
            throw new DomainException(DomainErrorKind.Conflict, "staff-exists", "This staff id or ID number is already on the register.", "staffId");
        }

        var now = clock.GetUtcNow();
        var member = StaffMember.Hire(
            staffId, name, department, roles, grid, communityWorker, placement, title, hiredOn,
            protector.Protect(idNumber, IdNumberPurpose), index, protector.Protect(bankAccount.Trim(), BankAccountPurpose), now);
        if (skills is { } s)
        {
            member.SetSkills(s.A, s.B, s.Known, now);
        }

        db.Staff.Add(member);
        audit.Record(new AuditEntry("hire-staff", "staff", member.StaffId));
        outbox.Add(new StaffHired { OccurredAt = now, Tenant = centre, StaffId = member.StaffId, Department = member.Department, Roles = member.Roles, Grid = member.Grid });
        outbox.Add(Skills(member, centre, now));
        await db.SaveChangesAsync(cancellationToken);
        return member;
    }

    public async Task<V1.StaffMember> ChangePostAsync(V1.ChangePostRequest request, CancellationToken cancellationToken)
    {
        var centre = tenant.RequireCentre();
        var member = await StaffReader.FindAsync(db, request.StaffId, cancellationToken);
        var now = clock.GetUtcNow();
        member.ChangePost(request.Department.ToDomain(), request.Roles, request.Grid, request.CommunityWorker, new Placement(request.Tier, request.Grade), request.Title.ToDomain(), now);
        audit.Record(new AuditEntry("change-post", "staff", member.StaffId, $"{member.Department} tier {(int)member.Tier} grade {member.Grade}"));
        outbox.Add(new StaffChanged { OccurredAt = now, Tenant = centre, StaffId = member.StaffId, Department = member.Department, Roles = member.Roles, Grid = member.Grid });
        await db.SaveChangesAsync(cancellationToken);
        return member.ToContract(protector);
    }

    public async Task<V1.StaffMember> SetSkillsAsync(V1.SetSkillsRequest request, CancellationToken cancellationToken)
    {
        var centre = tenant.RequireCentre();
        var member = await StaffReader.FindAsync(db, request.StaffId, cancellationToken);
        var now = clock.GetUtcNow();
        member.SetSkills(request.ItemsAsA, request.ItemsAsB, request.ItemsKnown, now);
        audit.Record(new AuditEntry("set-skills", "staff", member.StaffId));
        outbox.Add(Skills(member, centre, now));
        await db.SaveChangesAsync(cancellationToken);
        return member.ToContract(protector);
    }

    public async Task<V1.ListStaffReply> ApplyPromotionsAsync(V1.ApplyPromotionsRequest request, CancellationToken cancellationToken)
    {
        var centre = tenant.RequireCentre();
        var asOf = Wire.ParseDay(request.AsOf, "asOf");
        var scale = Domain.Pay.PayScaleVersion.InForce(await db.PayScales.AsNoTracking().ToListAsync(cancellationToken), asOf)
            ?? throw new DomainException(DomainErrorKind.RuleViolated, "no-pay-scale", "No version of the pay scale is in force on that day.", "asOf");
        var months = Enumerable.Range(1, 12).Select(m => asOf.AddMonths(-m).ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture)).ToList();
        var averages = (await db.Evaluations.AsNoTracking().Where(e => months.Contains(e.Month)).Select(e => new { e.StaffId, e.FinalScore }).ToListAsync(cancellationToken))
            .GroupBy(e => e.StaffId).ToDictionary(g => g.Key, g => g.Average(e => e.FinalScore), StringComparer.Ordinal);
        var now = clock.GetUtcNow();
        var promoted = new List<StaffMember>();
        foreach (var member in await db.Staff.Where(s => s.LastDay == null || s.LastDay >= asOf).ToListAsync(cancellationToken))
        {
            var grade = scale.Terms.Promotion.NextGrade(member.Grade, member.HiredOn, asOf, averages.TryGetValue(member.StaffId, out var average) ? average : null);
            if (member.Promote(grade, now))
            {
                promoted.Add(member);
                audit.Record(new AuditEntry("promote", "staff", member.StaffId, $"grade {grade - 1} → {grade}, average {average:0.0}"));
                outbox.Add(new StaffChanged { OccurredAt = now, Tenant = centre, StaffId = member.StaffId, Department = member.Department, Roles = member.Roles, Grid = member.Grid });
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        var reply = new V1.ListStaffReply();
        reply.Staff.AddRange(promoted.Select(m => m.ToContract(protector)));
        return reply;
    }

    public async Task<V1.StaffMember> RecordLeavingAsync(V1.RecordLeavingRequest request, CancellationToken cancellationToken)
    {
        var centre = tenant.RequireCentre();
        var member = await StaffReader.FindAsync(db, request.StaffId, cancellationToken);
        var now = clock.GetUtcNow();
        var lastDay = Wire.ParseDay(request.LastDay, "lastDay");
        member.Leave(lastDay, now);
        audit.Record(new AuditEntry("record-leaving", "staff", member.StaffId, Wire.Day(lastDay)));
        outbox.Add(new StaffLeft { OccurredAt = now, Tenant = centre, StaffId = member.StaffId, LastDay = lastDay });
        await db.SaveChangesAsync(cancellationToken);
        return member.ToContract(protector);
    }

    private static SkillsChanged Skills(StaffMember member, string centre, DateTimeOffset now) => new()
    {
        OccurredAt = now,
        Tenant = centre,
        StaffId = member.StaffId,
        ItemsAsA = member.ItemsAsA,
        ItemsAsB = member.ItemsAsB,
        ItemsKnown = member.ItemsKnown,
    };
}
