namespace OneWindow.Web.Hall;

internal static partial class HallFeedLog
{
    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not announce a change of the hall of {Centre}; its pages catch up at their next read.")]
    public static partial void AnnounceFailed(ILogger logger, Exception exception, string centre);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not watch the hall of {Centre}; its pages read it every 5 s only.")]
    public static partial void WatchFailed(ILogger logger, Exception exception, string centre);
}
