namespace OneWindow.Review.Application.Work;

/// <summary>What one decision or alarm adds to a reviewer's day.</summary>
public readonly record struct WorkTally(int Reviewed = 0, int Passed = 0, int Returned = 0, int Rejected = 0, int Met = 0, int Missed = 0);
