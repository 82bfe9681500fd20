using Microsoft.EntityFrameworkCore;
using OneWindow.Common.Errors;
using OneWindow.Common.Privacy;
using OneWindow.HrPayroll.Domain.Staff;
using OneWindow.HrPayroll.Persistence;
using Vocabulary = OneWindow.Common.Vocabulary;

namespace OneWindow.HrPayroll.Application.Staff;

/// <summary>The centre's staff as its hr-admin, director or the district see them; a head sees their department.</summary>
public sealed class StaffReader(HrPayrollDbContext db, PersonalDataProtector protector)
{
    public async Task<V1.ListStaffReply> ListAsync(V1.Department department, Caller caller, CancellationToken cancellationToken)
    {
        var query = db.Staff.AsNoTracking();
        if (department != V1.Department.Unspecified)
        {
            var wanted = department.ToDomain();
            query = query.Where(s => s.Department == wanted);
        }

        if (caller.SeesOnlyOwnDepartment)
        {
            var own = await OwnDepartmentAsync(caller, cancellationToken);
            query = query.Where(s => s.Department == own);
        }

        var staff = await query.OrderBy(s => s.StaffId).ToListAsync(cancellationToken);
        var reply = new V1.ListStaffReply();
        reply.Staff.AddRange(staff.Select(s => s.ToContract(protector)));
        return reply;
    }

    public async Task<V1.StaffMember> GetAsync(string staffId, Caller caller, CancellationToken cancellationToken)
    {
        var member = await FindAsync(db, staffId, cancellationToken);
        if (caller.SeesOnlyOwnDepartment && member.Department != await OwnDepartmentAsync(caller, cancellationToken))
        {
            throw Unknown();
        }

        return member.ToContract(protector);
    }

    public static async Task<StaffMember> FindAsync(HrPayrollDbContext db, string staffId, CancellationToken cancellationToken) =>
        await db.Staff.SingleOrDefaultAsync(s => s.StaffId == staffId, cancellationToken) ?? throw Unknown();

    private async Task<Vocabulary.Department> OwnDepartmentAsync(Caller caller, CancellationToken cancellationToken) =>
        (await db.Staff.AsNoTracking().SingleOrDefaultAsync(s => s.StaffId == caller.Subject, cancellationToken))?.Department
        ?? throw new DomainException(DomainErrorKind.Forbidden, "not-on-staff", "You are not on this centre's staff register.");

    private static DomainException Unknown() =>
        new(DomainErrorKind.NotFound, "unknown-staff", "There is no such member of staff in this centre.", "staffId");
}
