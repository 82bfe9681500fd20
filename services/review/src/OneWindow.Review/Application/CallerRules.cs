namespace OneWindow.Review.Application;

/// <summary>What first review asks of a caller.</summary>
public static class CallerRules
{
    extension(Caller caller)
    {
        /// <summary>Heads, directors and district admins see every file of the centre; reviewers their own.</summary>
        public bool SeesTheCentre => caller.Roles.Overlaps([PlatformRoles.Head, PlatformRoles.Director, PlatformRoles.DistrictAdmin]);
    }
}
