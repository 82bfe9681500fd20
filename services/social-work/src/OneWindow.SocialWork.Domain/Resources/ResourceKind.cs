namespace OneWindow.SocialWork.Domain.Resources;

public enum ResourceKind
{
    /// <summary>社会组织.</summary>
    Ngo,

    /// <summary>企业.</summary>
    Employer,

    /// <summary>培训班.</summary>
    TrainingClass,

    /// <summary>志愿者.</summary>
    Volunteer,
}
