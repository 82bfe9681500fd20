namespace OneWindow.HrPayroll.Application;

/// <summary>What hr-payroll asks of a caller.</summary>
public static class CallerRules
{
    extension(Caller caller)
    {
        /// <summary>A head who is not also hr-admin, director or district-admin sees only their department.</summary>
        public bool SeesOnlyOwnDepartment =>
            caller.Is(PlatformRoles.Head) && !caller.Roles.Overlaps([PlatformRoles.HrAdmin, PlatformRoles.Director, PlatformRoles.DistrictAdmin]);
    }
}
