namespace OneWindow.BusyDay;

/// <summary>A file accepted at a window and not finished there: the back office takes it from here.</summary>
public sealed record AcceptedFile(string FileId, string ItemCode, string Clerk);
