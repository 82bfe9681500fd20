namespace OneWindow.SocialWork.Domain.Cases;

/// <summary>A person's work situation, as a labour-resource survey (劳动力资源调查) or a case assessment records it.</summary>
public enum EmploymentStatus
{
    Unknown,
    Employed,
    FlexiblyEmployed,
    Unemployed,
    Retired,
    Student,
    UnableToWork,
}
