namespace OneWindow.SocialWork.Domain.Cases;

public enum HealthStatus
{
    Unknown,
    Good,
    ChronicIllness,
    SeriousIllness,
    Disabled,
}
