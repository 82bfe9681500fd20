namespace OneWindow.SocialWork.Domain.Cases;

public enum Risk
{
    LivingAlone,
    SeriousIllness,
    Disability,
    Debt,
    FamilyConflict,
    MentalHealth,
    UnsafeHousing,
    LongTermUnemployment,
}
