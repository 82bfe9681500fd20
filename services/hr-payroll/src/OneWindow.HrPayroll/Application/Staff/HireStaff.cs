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

namespace OneWindow.HrPayroll.Application.Staff;

/// <summary>
/// hr-admin puts a new worker on the register: the row, its audit record, and staff-hired and skills-changed,
/// which the review roster, notification and social work build their read models from.
/// </summary>
public sealed class HireStaff(HrPayrollDbContext db, IAuditTrail audit, IOutbox outbox, PersonalDataProtector protector, ITenantContext tenant, TimeProvider clock)
{
    public async Task<V1.StaffMember> HandleAsync(V1.HireStaffRequest request, CancellationToken cancellationToken)
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
        var index = protector.BlindIndex(idNumber, PersonalDataPurposes.IdNumber);
        if (await db.Staff.AnyAsync(s => s.StaffId == staffId || s.IdNumberIndex == index, cancellationToken))
        {
            throw new DomainException(DomainErrorKind.Conflict, "staff-exists", "This staff id or ID number is already on the register.", "staffId");
        }

        var now = clock.GetUtcNow();
        var member = StaffMember.Hire(
            staffId, name, department, roles, grid, communityWorker, placement, title, hiredOn,
            protector.Protect(idNumber, PersonalDataPurposes.IdNumber), index, protector.Protect(bankAccount.Trim(), PersonalDataPurposes.BankAccount), now);
        if (skills is { } s)
        {
            member.SetSkills(s.A, s.B, s.Known, now);
        }

        db.Staff.Add(member);
        audit.Record(new AuditEntry("hire-staff", "staff", member.StaffId));
        outbox.Add(new StaffHired { OccurredAt = now, Tenant = centre, StaffId = member.StaffId, Department = member.Department, Roles = member.Roles, Grid = member.Grid });
        outbox.Add(StaffEvents.SkillsChanged(member, centre, now));
        await db.SaveChangesAsync(cancellationToken);
        return member;
    }
}
