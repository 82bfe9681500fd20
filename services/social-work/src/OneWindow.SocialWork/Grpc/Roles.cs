namespace OneWindow.SocialWork.Grpc;

/// <summary>Who may call what (docs/roles.md). The head of social work holds the social-worker role too.</summary>
internal static class Roles
{
    public const string Worker = PlatformRoles.SocialWorker;

    /// <summary>Grid managers report households, reviewers and policy officers note policy gaps, clerks pass on residents' requests.</summary>
    public const string Referrers = $"{PlatformRoles.SocialWorker},{PlatformRoles.GridManager},{PlatformRoles.Reviewer},{PlatformRoles.PolicyOfficer},{PlatformRoles.Clerk}";

    public const string StatisticsReaders = $"{PlatformRoles.SocialWorker},{PlatformRoles.Director},{PlatformRoles.DistrictAdmin}";

    public const string RuleReaders = $"{PlatformRoles.SocialWorker},{PlatformRoles.DistrictAdmin}";
}
