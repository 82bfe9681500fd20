namespace OneWindow.HrPayroll.Domain.Staff;

/// <summary>Professional title (职称) that earns a title allowance, e.g. the social worker certificate levels.</summary>
public enum ProfessionalTitle
{
    None,

    /// <summary>助理社会工作师.</summary>
    AssistantSocialWorker,

    /// <summary>社会工作师.</summary>
    SocialWorker,

    /// <summary>高级社会工作师.</summary>
    SeniorSocialWorker,
}
