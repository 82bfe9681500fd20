namespace OneWindow.SocialWork.Domain.Cases;

/// <summary>What a household needs help with; resources offer the same words, so needs and offers can be matched.</summary>
public enum Need
{
    /// <summary>经济困难.</summary>
    Income,

    /// <summary>就业.</summary>
    Employment,

    /// <summary>职业技能培训.</summary>
    JobTraining,

    /// <summary>养老照护.</summary>
    ElderlyCare,

    /// <summary>助残.</summary>
    DisabilitySupport,

    /// <summary>医疗健康.</summary>
    Health,

    /// <summary>住房.</summary>
    Housing,

    /// <summary>助学.</summary>
    Education,

    /// <summary>心理疏导.</summary>
    Psychological,

    /// <summary>法律援助.</summary>
    Legal,

    /// <summary>结对关爱、陪伴.</summary>
    Companionship,

    /// <summary>生活照料、助餐.</summary>
    DailyLiving,
}
