using Microsoft.EntityFrameworkCore;

namespace OneWindow.Notification.Persistence.ReadModels;

public static class KnownFiles
{
    /// <summary>
    /// The file's record from application-accepted. Events of different topics may arrive in any order: one overtaking
    /// its file's acceptance is retried (and, if acceptance never comes, ends in the dead-letter topic), never dropped.
    /// </summary>
    public static async Task<FileRecord> KnownAsync(this DbSet<FileRecord> files, Guid fileId, CancellationToken cancellationToken) =>
        await files.AsNoTracking().SingleOrDefaultAsync(f => f.FileId == fileId, cancellationToken)
        ?? throw new InvalidOperationException($"File {fileId} is not known yet (application-accepted has not arrived); the event will be delivered again.");
}
