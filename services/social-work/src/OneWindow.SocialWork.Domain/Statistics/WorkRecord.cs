namespace OneWindow.SocialWork.Domain.Statistics;

/// <summary>One unit of work on a day (Shanghai date), by a worker, about a person where that matters.</summary>
public sealed record WorkRecord(WorkKind Kind, DateOnly On, string StaffId, Guid? PersonId = null);
