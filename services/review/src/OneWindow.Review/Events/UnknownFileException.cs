namespace OneWindow.Review.Events;

/// <summary>An event about a file first review does not hold (yet): retried, then dead-lettered.</summary>
public sealed class UnknownFileException(Guid fileId) : Exception($"File {fileId} is not in first review.");
