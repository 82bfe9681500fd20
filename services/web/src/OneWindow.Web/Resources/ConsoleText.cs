namespace OneWindow.Web.Resources;

/// <summary>The console's words (ConsoleText.resx, in zh-CN): components ask <c>IStringLocalizer&lt;ConsoleText&gt;</c>, never write text themselves.</summary>
public sealed class ConsoleText;
